import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

@Suite("Sandbox: catalogues and finding ids by name")
struct SandboxCatalogueTests {
    @Test(
        "open a ticket for a device found by serial, with the issue named Broken Screen, and assign it to Tier 1 by name"
    )
    func ticketByNames() async throws {
        let sandbox = IIQSandbox()
        let client = try Fixture.client(sandbox: sandbox)
        let device = try #require(
            try await client.assets.search(IIQAssetQuery(pageSize: 50)).first(50).first { $0.ownerID != nil })
        let serial = try #require(device.serialNumber)
        let found = try #require(try await client.assets.withSerial(serial).first)

        let brokenScreen = try await client.issues.lookup(named: "broken screen", product: .ticketing).unique()
        #expect(brokenScreen.name == "Broken Screen" && brokenScreen.issueCategoryName == "Chromebook")
        let owner = try #require(found.ownerID)
        let location = try #require(found.locationID)
        let ticket = try await client.tickets.create(
            IIQNewTicket(
                requestor: owner, location: location, issue: brokenScreen.id, subject: "Cracked screen",
                assets: [found.id]))
        #expect(ticket.issueID == brokenScreen.id)

        let tier1 = try await client.teams.lookup(named: "Tier 1").unique()
        let before = try await client.teams.get(tier1.id).tickets ?? 0
        try await client.tickets.assign(ticket.id, to: .team(tier1.id))
        #expect(try await client.tickets.get(ticket.id).assignedToTeamID == tier1.id)
        #expect(
            try await client.teams.get(tier1.id).tickets == before + 1, "the team's open tickets count the assignment")

        let members = try await client.teams.members(of: tier1.id)
        #expect(!members.isEmpty && members.allSatisfy { $0.teamID == tier1.id && $0.displayName != nil })
        #expect(Set(members.map(\.id)) == Set(tier1.memberIDs ?? []))
        let agent = try #require(members.first)
        #expect(try await client.teams.containing(member: agent.id).contains { $0.id == tier1.id })
        try await client.tickets.assign(ticket.id, to: .agentOnTeam(agent.id, tier1.id))
        #expect(try await client.tickets.get(ticket.id).assignedToUserID == agent.id)
    }

    @Test("walk the issue tree: category → issue types → issues")
    func walkTree() async throws {
        let client = try Fixture.client(sandbox: IIQSandbox())
        let categories = try await client.issues.categories.all()
        #expect(
            categories.compactMap(\.name) == [
                "Chromebook", "Account", "Audio Visual", "Network", "Software", "Building",
            ])
        let chromebook = try await client.issues.categories.lookup(named: "chromebook").unique()
        #expect(try await client.issues.categories.get(chromebook.id).name == "Chromebook")

        let types = try await client.issues.types.all(in: chromebook.id)
        #expect(types.compactMap(\.name) == ["Hardware"])
        let hardware = try #require(types.first)
        #expect(try await client.issues.types.get(hardware.id).name == "Hardware")
        let issues = try await client.issues.all(in: chromebook.id, ofType: hardware.id).all()
        #expect(issues.compactMap(\.name) == ["Broken Screen", "Won't Charge", "Keyboard or Trackpad"])
        #expect(issues.allSatisfy { $0.issueCategoryID == chromebook.id && $0.issueTypeID == hardware.id })
        let first = try #require(issues.first)
        #expect(try await client.issues.get(first.id) == first)

        let allTypes = try await client.issues.types.all()
        #expect(Set(allTypes.compactMap(\.name)).isSuperset(of: ["Hardware", "Account Access", "Building Repair"]))
        #expect(
            try await client.issues.types.all(
                in: try await client.issues.categories.lookup(named: "Building").unique().id
            )
            .compactMap(\.name) == ["Building Repair", "Electrical"])
    }

    @Test("issues are scoped by product, and a miss names the closest issues")
    func productScope() async throws {
        let client = try Fixture.client(sandbox: IIQSandbox())
        #expect(try await client.issues.first(named: "Broken Window", product: .ticketing) == nil)
        let window = try #require(try await client.issues.first(named: "Broken Window", product: .facilities))
        #expect(window.productID == IIQProduct.facilities.id)
        #expect(try await client.issues.all().all().count == 10)
        #expect(try await client.issues.all(product: .ticketing, pageSize: 3).all().count == 7, "three pages of three")

        let miss = try await client.issues.lookup(named: "Broken Scren", product: .ticketing)
        #expect(miss.first == nil && miss.closestNames.first == "Broken Screen")
        #expect(!miss.closestNames.contains("Broken Window"), "another product's issues are not suggested")
    }

    @Test("roles, views, tags, models, manufacturers, asset types and workflows are served and agree with the assets")
    func catalogues() async throws {
        let client = try Fixture.client(sandbox: IIQSandbox())
        let roles = try await client.roles.all()
        #expect(roles.compactMap(\.name) == ["Student", "Staff", "Agent", "Administrator"])
        #expect(roles.first?.users ?? 0 > 0, "each role counts its users")
        let student = try await client.roles.lookup(named: "student").unique()
        #expect(try await client.users.search(filters: [.role(student.id)]).first(1).first?.role?.name == "Student")

        for kind in IIQViewKind.allCases { #expect(try await !client.views.all(kind).isEmpty, "\(kind) views") }
        let unassigned = try await client.views.lookup(named: "Unassigned Tickets", in: .tickets).unique()
        #expect(try await client.views.get(unassigned.id).name == "Unassigned Tickets")
        #expect(try await client.views.first(named: "Unassigned Tickets", in: .users) == nil)

        let tags = try await client.tags.all()
        #expect(tags.compactMap(\.name).contains("Loaner Issued"))
        let loaner = try await client.tags.lookup(named: "loaner issued").unique()
        #expect(try await client.tags.get(loaner.id).name == "Loaner Issued")

        let assets = try await client.assets.search(IIQAssetQuery(pageSize: 1000)).all()
        let models = try await client.assetModels.all()
        #expect(Set(assets.compactMap(\.modelID)).isSubset(of: Set(models.map(\.id))))
        let chromebook = try await client.assetModels.lookup(named: "Chromebook 3110").unique()
        #expect(try await client.assetModels.get(chromebook.id).manufacturer?.name == "Dell")
        let manufacturers = try await client.manufacturers.all()
        #expect(Set(models.compactMap(\.manufacturerID)).isSubset(of: Set(manufacturers.map(\.id))))
        let dell = try await client.manufacturers.lookup(named: "DELL").unique()
        #expect(try await client.manufacturers.get(dell.id).name == "Dell")
        let types = try await client.assetTypes.all()
        #expect(Set(assets.compactMap(\.assetTypeID)).isSubset(of: Set(types.map(\.id))))
        let devices = try await client.assetTypes.lookup(named: "Devices").unique()
        #expect(devices.id == IIQAssetType.devices.id)
        #expect(try await client.assetTypes.get(devices.id).name == "Devices")

        let workflow = try await client.workflows.lookup(named: "IT Help Desk").unique()
        #expect(workflow.steps?.count == 4)
        let statuses = try await client.workflows.statuses(of: workflow.id)
        #expect(statuses.compactMap(\.statusName) == ["New", "In Progress", "Waiting on Requestor", "Resolved"])
        let resolved = try await client.workflows.lookupStatus(named: "resolved").unique()
        #expect(resolved.workflowStepID != nil)
    }

    @Test("catalogue routes check the token's scope: no assets:read, no models")
    func scopes() async throws {
        let sandbox = IIQSandbox()
        let client = try Fixture.client(sandbox: sandbox, scopes: [.ticketsRead])
        #expect(try await client.teams.first(named: "Tier 1") != nil)
        let error = await captureError { try await client.assetModels.all() }
        guard let error, error.code == .forbidden else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(error.request?.operation == "assetModels.all")
    }
}
