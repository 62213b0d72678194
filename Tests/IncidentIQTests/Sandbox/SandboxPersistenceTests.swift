import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

@Suite("Sandbox: writes persist")
struct SandboxPersistenceTests {
    let sandbox = IIQSandbox()

    @Test("a created ticket can be read, searched, commented on, assigned, moved, closed and deleted")
    func ticketLifecycle() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        let asset = try #require(try await client.assets.search(filters: [.status(named: "Assigned")]).first(1).first)
        let requestor = try #require(asset.ownerID)
        let issue = try #require(try await client.tickets.search().first(1).first?.issueID)
        let location = try #require(asset.locationID)

        let created = try await client.tickets.create(
            IIQNewTicket(
                requestor: requestor, location: location, issue: issue, subject: "Cracked screen", assets: [asset.id]))
        #expect(created.subject == "Cracked screen")
        #expect(created.ticketNumber != nil)
        #expect(created.isClosed == false)
        #expect(try await client.tickets.get(created.id).requestorID == requestor)
        #expect(try await client.tickets.assets(of: created.id).map(\.assetID) == [asset.id])
        #expect(try await client.assets.get(asset.id).openTickets ?? 0 >= 1)
        let mine = try await client.tickets.search(.all, filters: [.requestor(requestor)]).all()
        #expect(mine.contains { $0.id == created.id })

        try await client.tickets.addComment("Replacement ordered.", to: created.id, isPublic: true)
        let history = try await client.tickets.activities(of: created.id)
        #expect(history.contains { $0.activityItems?.first?.comments == "Replacement ordered." })

        let agent = try #require(try await client.users.agents().first(2).last?.id)
        try await client.tickets.assign(created.id, to: .agent(agent))
        #expect(try await client.tickets.get(created.id).assignedToUserID == agent)
        #expect(try await client.tickets.search(.all, filters: [.agent(agent)]).all().contains { $0.id == created.id })

        let steps = try await client.tickets.statuses()
        let waiting = try #require(steps.first { $0.statusName == "Waiting on Requestor" }?.workflowStepID)
        try await client.tickets.setStatus(of: created.id, to: waiting)
        #expect(try await client.tickets.get(created.id).workflowStep?.statusName == "Waiting on Requestor")

        _ = try await client.tickets.update(
            created.id,
            with: {
                var update = IIQTicketUpdate()
                update.isUrgent = true
                return update
            }())
        #expect(try await client.tickets.get(created.id).isUrgent == true)

        try await client.tickets.close(created.id)
        let closed = try await client.tickets.get(created.id)
        #expect(closed.isClosed == true)
        #expect(closed.closedDate != nil)
        #expect(try await client.tickets.search(.closed).all().contains { $0.id == created.id })
        #expect(try await client.tickets.search(.open).all().contains { $0.id == created.id } == false)

        try await client.tickets.delete(created.id)
        #expect(try await client.tickets.search().all().contains { $0.id == created.id } == false)
        try await client.tickets.undelete(created.id)
        #expect(try await client.tickets.search().all().contains { $0.id == created.id })
    }

    @Test("asset updates and owner changes persist; a full update without the flag blanks the serial, as IIQ does")
    func assetWrites() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        let asset = try #require(try await client.assets.search(filters: [.status(named: "Available")]).first(1).first)
        var update = IIQAssetUpdate()
        update.notes = "Cart 7, slot 3"
        let updated = try await client.assets.update(asset.id, with: update)
        #expect(updated.notes == "Cart 7, slot 3")
        #expect(updated.serialNumber == asset.serialNumber, "the SDK re-sends the serial and the partial-update flag")

        let student = try #require(try await client.users.search(IIQUserQuery(pageSize: 5)).first(1).first?.id)
        try await client.assets.setOwner(of: asset.id, to: student)
        let owned = try await client.assets.get(asset.id)
        #expect(owned.ownerID == student)
        #expect(owned.status?.name == "Assigned")
        #expect(try await client.assets.assigned(to: student).contains { $0.id == asset.id })

        let token = sandbox.issueToken()
        let raw = try await sandbox.send(
            Fixture.rawRequest(sandbox, .post, "/assets/\(asset.id)", token: token, body: #"{"Notes":"full update"}"#))
        #expect(raw.status == 200)
        #expect(try await client.assets.get(asset.id).serialNumber == "")

        let other = try #require(try await client.assets.search(IIQAssetQuery(pageSize: 2)).first(2).last)
        var clash = IIQAssetUpdate()
        clash.assetTag = other.assetTag
        let error = await captureError { try await client.assets.update(asset.id, with: clash) }
        guard case .validation(let failure) = error?.detail else {
            Issue.record("expected validation, got \(String(describing: error))")
            return
        }
        #expect(failure.message?.contains("already used") == true)
    }

    @Test("users can be created, changed, deleted and restored")
    func userWrites() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        let someone = try #require(try await client.users.search().first(1).first)
        let role = try #require(someone.roleID)
        let location = try #require(someone.locationID)
        let created = try await client.users.createLocalUser(
            IIQNewUser(firstName: "Ada", lastName: "Lovelace", role: role, location: location, username: "alovelace"))
        #expect(try await client.users.get(created.id).username == "alovelace")

        var update = IIQUserUpdate()
        update.grade = "11"
        update.homeroom = "214"
        _ = try await client.users.update(created.id, with: update)
        let changed = try await client.users.get(created.id)
        #expect(changed.grade == "11" && changed.homeroom == "214" && changed.firstName == "Ada")

        try await client.users.delete(created.id)
        #expect(try await client.users.search(filters: [IIQFilter(facet: "user", id: created.id.uuid)]).all().isEmpty)
        try await client.users.undelete(created.id)
        #expect(
            try await client.users.search(filters: [IIQFilter(facet: "user", id: created.id.uuid)]).all().count == 1)

        let duplicate = await captureError {
            try await client.users.createLocalUser(
                IIQNewUser(firstName: "Ada", lastName: "Again", role: role, location: location, username: "ALOVELACE"))
        }
        guard case .validation = duplicate?.detail else {
            Issue.record("expected validation, got \(String(describing: duplicate))")
            return
        }
    }

    @Test("unknown ids get 404 and bad references 400")
    func missing() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        let nobody = IIQTicket.ID(UUID())
        guard case .notFound = await captureError({ try await client.tickets.get(nobody) })?.detail else {
            Issue.record("expected notFound")
            return
        }
        let ticket = try #require(try await client.tickets.search().first(1).first)
        let error = await captureError { try await client.tickets.assign(ticket.id, to: .agent(IIQUser.ID(UUID()))) }
        guard case .validation = error?.detail else {
            Issue.record("expected validation, got \(String(describing: error))")
            return
        }
    }
}
