import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

@Suite("Sandbox: search, filters and paging")
struct SandboxSearchTests {
    let sandbox = IIQSandbox()

    @Test("$s and $p walk every asset once, with TotalRows and PageCount that agree", arguments: [7, 100, 1000])
    func paging(pageSize: Int) async throws {
        let client = try Fixture.client(sandbox: sandbox)
        var ids = Set<IIQAsset.ID>()
        var pages = 0
        for try await page in client.assets.search(IIQAssetQuery(pageSize: pageSize)).pages {
            #expect(page.pageIndex == pages)
            #expect(page.totalRows == 600)
            #expect(page.pageCount == (600 + pageSize - 1) / pageSize)
            ids.formUnion(page.items.map(\.id))
            pages += 1
        }
        #expect(ids.count == 600)
        #expect(pages == (600 + pageSize - 1) / pageSize)
    }

    @Test("$o and $d sort, in both spellings IIQ accepts")
    func sorting() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        let descending = try await client.assets.search(IIQAssetQuery(sort: .descending("AssetTag"), pageSize: 1000))
            .all()
        let tags = descending.compactMap(\.assetTag)
        #expect(tags.count == 600)
        #expect(tags == tags.sorted(by: >))

        let token = sandbox.issueToken()
        let response = try await sandbox.send(
            Fixture.rawRequest(sandbox, .post, "/users?$s=50&$o=FullName%20DESC", token: token, body: "{}"))
        let names = try #require(try Fixture.json(response)["Items"] as? [[String: Any]]).compactMap {
            $0["Name"] as? String
        }
        #expect(names.count == 50)
        #expect(names == names.sorted(by: >))
    }

    @Test("asset filters: location, asset type, status by name, owner; same facet OR'ed, negation excludes")
    func assetFilters() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        let all = try await client.assets.search(IIQAssetQuery(pageSize: 1000)).all()
        let school = try #require(all.first?.locationID)
        let atSchool = try await client.assets.search(filters: [.location(school)]).all()
        #expect(atSchool.count == all.filter { $0.locationID == school }.count)
        #expect(atSchool.count > 0 && atSchool.count < 600)

        let devices = try await client.assets.search(filters: [
            .assetType(IIQAssetType.ID(DistrictGenerator.devicesTypeID))
        ]).all()
        #expect(devices.count == all.filter { $0.assetTypeName == "Devices" }.count)
        #expect(devices.count == 540, "9 in 10 assets are Chromebooks or laptops")

        let available = try await client.assets.search(filters: [.status(named: "available")]).all()
        #expect(!available.isEmpty && available.allSatisfy { $0.status?.name == "Available" })
        let availableOrAssigned = try await client.assets.search(filters: [
            .status(named: "Available"), .status(named: "Assigned"),
        ]).all()
        #expect(availableOrAssigned.count == all.filter { ["Available", "Assigned"].contains($0.status?.name) }.count)
        let notAvailable = try await client.assets.search(filters: [IIQFilter.status(named: "Available").negated()])
            .all()
        #expect(notAvailable.count == 600 - available.count)

        let owner = try #require(all.first { $0.ownerID != nil }?.ownerID)
        let owned = try await client.assets.search(filters: [IIQFilter(facet: "user", id: owner.uuid)]).all()
        #expect(owned.map(\.id) == all.filter { $0.ownerID == owner }.map(\.id))
        #expect(try await client.assets.count(IIQAssetQuery(filters: [.location(school)])) == atSchool.count)
    }

    @Test("ticket filters: requestor, agent, ticket state, date ranges")
    func ticketFilters() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        let all = try await client.tickets.search().all()
        let open = try await client.tickets.search(.all, filters: [.ticketState(.open)]).all()
        let closed = try await client.tickets.search(.all, filters: [.ticketState(.closed)]).all()
        #expect(open.count + closed.count == all.count)
        #expect(open.allSatisfy { $0.isClosed == false } && closed.allSatisfy { $0.isClosed == true })
        #expect(try await client.tickets.search(.open).all().count == open.count)

        let requestor = try #require(all.first?.requestorID)
        let theirs = try await client.tickets.search(.all, filters: [.requestor(requestor)]).all()
        #expect(theirs.map(\.id) == all.filter { $0.requestorID == requestor }.map(\.id))

        let agent = try #require(all.first { $0.assignedToUserID != nil }?.assignedToUserID)
        let assigned = try await client.tickets.search(.all, filters: [.agent(agent)]).all()
        #expect(!assigned.isEmpty && assigned.allSatisfy { $0.assignedToUserID == agent })

        let created = all.compactMap(\.createdDate).sorted()
        let middle = created[created.count / 2]
        let since = try await client.tickets.search(.all, filters: [.created(since: middle)]).all()
        let startOfDay = Date(timeIntervalSince1970: (middle.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        #expect(since.count == created.filter { $0 >= startOfDay }.count)
        let range = try await client.tickets.search(.all, filters: [.created(from: created[0], through: middle)]).all()
        #expect(range.count == created.filter { $0 < startOfDay.addingTimeInterval(86_400) }.count)
    }

    @Test("user filters: location and role")
    func userFilters() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        let all = try await client.users.search(IIQUserQuery(pageSize: 1000)).all()
        let student = try #require(all.first { $0.role?.name == "Student" })
        let role = try #require(student.roleID)
        let location = try #require(student.locationID)
        let students = try await client.users.search(filters: [.role(role), .location(location)]).all()
        #expect(students.count == all.filter { $0.roleID == role && $0.locationID == location }.count)
        #expect(students.contains { $0.id == student.id })
    }

    @Test(
        "bad queries get a 400 that says what is wrong",
        arguments: [
            ("/assets?$s=0", #"{}"#, "$s"),
            ("/assets?$p=-1", #"{}"#, "$p"),
            ("/assets?$o=Color", #"{}"#, "sort field"),
            ("/assets", #"{"Filters":[{"Facet":"colour","Id":null}]}"#, "colour"),
            ("/tickets", #"{"Filters":[{"Facet":"createddate","Value":"yesterday"}]}"#, "daterange"),
            ("/assets", #"{"Filters":[{"Facet":"location","Id":"not-a-guid"}]}"#, "GUID"),
            ("/assets", #"[1,2]"#, "JSON object"),
        ])
    func badQueries(path: String, body: String, mention: String) async throws {
        let response = try await sandbox.send(
            Fixture.rawRequest(sandbox, .post, path, token: sandbox.issueToken(), body: body))
        #expect(response.status == 400)
        let message = try #require(try Fixture.json(response)["Message"] as? String)
        #expect(message.contains(mention))
    }

    @Test("lookups by tag, serial, owner and room answer with ItemCount and no Paging, as IIQ does")
    func lookups() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        let all = try await client.assets.search(IIQAssetQuery(pageSize: 1000)).all()
        let asset = try #require(all.first { $0.ownerID != nil })
        #expect(try await client.assets.withTag(try #require(asset.assetTag)).map(\.id) == [asset.id])
        #expect(
            try await client.assets.withSerial(try #require(asset.serialNumber?.lowercased())).map(\.id) == [asset.id])
        #expect(try await client.assets.withTag("NO-SUCH-TAG").isEmpty)
        let owned = try await client.assets.assigned(to: try #require(asset.ownerID))
        #expect(owned.contains { $0.id == asset.id })
        let projector = try #require(all.first { $0.locationRoomID != nil })
        #expect(
            try await client.assets.inRoom(try #require(projector.locationRoomID)).contains { $0.id == projector.id })

        let raw = try await sandbox.send(
            Fixture.rawRequest(sandbox, .get, "/assets/serial/\(asset.serialNumber ?? "")", token: sandbox.issueToken())
        )
        let envelope = try Fixture.json(raw)
        #expect(envelope["Paging"] == nil)
        #expect(envelope["ItemCount"] as? Int == 1)
    }
}
