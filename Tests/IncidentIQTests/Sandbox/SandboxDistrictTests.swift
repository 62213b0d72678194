import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

@Suite("Sandbox: seeded district")
struct SandboxDistrictTests {
    @Test("the same seed gives the same district, ids included; another seed gives another")
    func deterministic() async throws {
        func firstPage(_ seed: UInt64) async throws -> [IIQAsset] {
            let sandbox = IIQSandbox(district: IIQSandboxDistrict(seed: seed, assets: 300))
            return try await Fixture.client(sandbox: sandbox).assets.search(IIQAssetQuery(pageSize: 25)).first(25)
        }
        let first = try await firstPage(7)
        let again = try await firstPage(7)
        let other = try await firstPage(8)
        #expect(first.count == 25)
        #expect(first.map(\.id) == again.map(\.id))
        #expect(first.map(\.serialNumber) == again.map(\.serialNumber))
        #expect(first.map(\.id) != other.map(\.id))
    }

    @Test("a district has schools with rooms, students with grades, staff, agents, three kinds of device and tickets")
    func realistic() async throws {
        let district = IIQSandboxDistrict.small
        let sandbox = IIQSandbox(district: district)
        let client = try Fixture.client(sandbox: sandbox)

        let locations = try await client.locations.all().all()
        #expect(locations.count == district.schools + 1)
        let school = try #require(locations.first { $0.name?.hasSuffix("School") == true })
        #expect(try await client.locations.rooms(in: school.id).count >= 12)

        let users = try await client.users.search(IIQUserQuery(pageSize: 500)).all()
        #expect(users.count == district.students + district.staff + district.agents)
        #expect(users.filter { $0.grade != nil }.count == district.students)
        #expect(Set(users.compactMap(\.role?.name)) == ["Student", "Staff", "Agent", "Administrator"])
        let agents = try await client.users.agents().all()
        #expect(agents.count == district.agents)

        let assets = try await client.assets.search(IIQAssetQuery(pageSize: 1000)).all()
        #expect(assets.count == district.assets)
        #expect(Set(assets.compactMap { $0.model?.categoryID }).count == 3, "Chromebooks, laptops and projectors")
        #expect(Set(assets.compactMap(\.assetTag)).count == district.assets, "tags are unique")
        #expect(Set(assets.compactMap(\.serialNumber)).count == district.assets, "serials are unique")
        #expect(assets.contains { $0.owner?.name != nil && $0.status?.name == "Assigned" })
        #expect(assets.allSatisfy { $0.model?.manufacturer?.name != nil && $0.location?.name != nil })

        let tickets = try await client.tickets.search().all()
        #expect(tickets.count == district.tickets)
        #expect(Set(tickets.compactMap(\.isClosed)) == [true, false])
        var comments = 0
        for ticket in tickets.prefix(10) {
            comments += try await client.tickets.activities(of: ticket.id).filter {
                $0.activityItems?.first?.comments != nil
            }.count
        }
        #expect(comments > 0)
    }

    @Test("sizes follow the asset count, and sizes out of range are clamped")
    func sizes() {
        let large = IIQSandboxDistrict(seed: 1, assets: 100_000)
        #expect(large.schools == 40)
        #expect(large.students == 75_000)
        #expect(large.tickets == 5_000)
        #expect(IIQSandboxDistrict(assets: -5).assets == 0)
        #expect(IIQSandboxDistrict(assets: 10_000_000).assets == IIQSandboxDistrict.maximumAssets)
    }

    @Test("dates are written as IIQ writes them: zone-less, trimmed milliseconds, the .NET default for none")
    func dateFormat() {
        #expect(SandboxDateFormat.zoneless(Date(timeIntervalSince1970: 1_523_286_948.127)) == "2018-04-09T15:15:48.127")
        #expect(SandboxDateFormat.zoneless(Date(timeIntervalSince1970: 1_523_877_762.1)) == "2018-04-16T11:22:42.1")
        #expect(SandboxDateFormat.zoneless(Date(timeIntervalSince1970: 1_574_208_000)) == "2019-11-20T00:00:00")
        #expect(SandboxDateFormat.zoneless(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59")
        #expect(SandboxJSON.date(nil) == .string("0001-01-01T00:00:00"))
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 784_111_777)) == "Sun, 06 Nov 1994 08:49:37 GMT")
    }

    @Test("answers use IIQ's envelope: PascalCase keys, Paging, ItemCount and zone-less dates")
    func wireShape() async throws {
        let sandbox = IIQSandbox()
        let token = sandbox.issueToken()
        let response = try await sandbox.send(
            Fixture.rawRequest(sandbox, .post, "/assets?$s=5&$p=1", token: token, body: #"{"Filters":[]}"#))
        #expect(response.status == 200)
        #expect(response.contentType?.hasPrefix("application/json") == true)
        let envelope = try Fixture.json(response)
        let paging = try #require(envelope["Paging"] as? [String: Any])
        #expect(paging["PageIndex"] as? Int == 1)
        #expect(paging["PageSize"] as? Int == 5)
        #expect(paging["TotalRows"] as? Int == 600)
        #expect(paging["PageCount"] as? Int == 120)
        #expect(envelope["ItemCount"] as? Int == 5)
        let item = try #require((envelope["Items"] as? [[String: Any]])?.first)
        let created = try #require(item["CreatedDate"] as? String)
        #expect(!created.hasSuffix("Z") && created.count >= 19)
        #expect(item["AssetTag"] is String && item["AssetId"] is String && item["Model"] is [String: Any])
    }
}
