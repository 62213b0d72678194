import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Text search and change walks over the mock transport")
struct TextSearchAndChangesAPITests {
    static let assetID = IIQAsset.ID("6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a60")!
    static let userID = IIQUser.ID("634d18fb-6c6e-44e6-a993-8444466910e2")!

    @Test("assets.search(text:) posts {Query} to /assets/search, pages and decodes assets")
    func assetText() async throws {
        let mock = MockTransport(responses: [
            .listEnvelope(items: [["AssetId": Self.assetID.description, "AssetTag": "LHS-1", "SerialNumber": "5CD1"]])
        ])
        let client = try Fixture.client(mock)
        let assets = try await client.assets.search(text: "5CD", sort: .ascending("AssetTag"), pageSize: 20).all()
        #expect(assets.map(\.assetTag) == ["LHS-1"])
        let request = try #require(mock.lastRequest)
        #expect(request.method == .post && request.path == "/api/v1.0/assets/search")
        #expect(request.queryValue("$s") == "20" && request.queryValue("$p") == "0")
        #expect(request.queryValue("$o") == "AssetTag" && request.queryValue("$d") == "Ascending")
        #expect(try Fixture.jsonBody(request) as? [String: String] == ["Query": "5CD"])
    }

    @Test("Narrowed fields send every Search… flag, true or false")
    func assetTextFields() async throws {
        let mock = MockTransport(responses: [.listEnvelope(items: [])])
        let client = try Fixture.client(mock)
        let type = IIQAssetType.ID(UUID())
        _ = try await client.assets.search(text: "Dell", in: [.manufacturer, .model], assetType: type).all()
        let body = try Fixture.jsonBody(mock.lastRequest)
        #expect(body["Query"] as? String == "Dell")
        #expect(body["AssetTypeId"] as? String == type.description)
        #expect(body["SearchManufacturerName"] as? Bool == true && body["SearchModelName"] as? Bool == true)
        #expect(body["SearchAssetTag"] as? Bool == false && body["SearchSerial"] as? Bool == false)
        #expect(body["SearchOwner"] as? Bool == false && body["SearchRoom"] as? Bool == false)
    }

    @Test("users.search(text:) posts {Query, Facets: 4, IncludeMatchedItem} to /search/v2 and decodes hits")
    func userText() async throws {
        let mock = MockTransport(responses: [
            .listEnvelope(items: [
                [
                    "Id": Self.userID.description, "Name": "Jordan Lee", "Facet": 4,
                    "MatchedItem": ["UserId": Self.userID.description, "Email": "jlee@example.org"],
                ],
                ["Id": UUID().uuidString, "Name": "Jordan Park"],
                ["Name": "no id: skipped and reported"],
            ])
        ])
        let client = try Fixture.client(mock)
        let summary = IIQWalkSummary()
        let matches = try await client.users.search(text: "jordan").summarized(into: summary).all()
        #expect(matches.map(\.name) == ["Jordan Lee", "Jordan Park"])
        #expect(matches[0].id == Self.userID && matches[0].item?.email == "jlee@example.org")
        #expect(matches[1].item == nil)
        #expect(summary.skipped.count == 1)
        let request = try #require(mock.lastRequest)
        #expect(request.method == .post && request.path == "/api/v1.0/search/v2")
        #expect(request.queryValue("$s") == "100" && request.queryValue("$p") == "0")
        let body = try Fixture.jsonBody(request)
        #expect(body["Query"] as? String == "jordan" && body["Facets"] as? Int == 4)
        #expect(body["IncludeMatchedItem"] as? Bool == true)
    }

    @Test("Blank text is refused before anything is sent")
    func blankText() async throws {
        let mock = MockTransport()
        let client = try Fixture.client(mock)
        let assets = await captureError { try await client.assets.search(text: "  ").all() }
        let users = await captureError { try await client.users.search(text: "").all() }
        guard case .invalidArgument? = assets, case .invalidArgument? = users else {
            Issue.record("got \(String(describing: assets)), \(String(describing: users))")
            return
        }
        #expect(mock.requestCount == 0)
    }

    @Test(
        "changes(since:) filters modifieddate from the day before and sorts ascending by the modified field",
        arguments: ["assets", "users", "tickets"])
    func changeRequest(_ kind: String) async throws {
        let mock = MockTransport(responses: [.listEnvelope(items: [])])
        let client = try Fixture.client(mock)
        // 2026-03-10T00:30:00Z: the day before is 03/09/2026.
        let since = IIQSyncCheckpoint(since: Date(timeIntervalSince1970: 1_773_102_600))
        let expected: (path: String, sort: String)
        switch kind {
        case "assets":
            expected = ("/api/v1.0/assets", "ModifiedDate")
            for try await _ in client.assets.changes(since: since, filters: [.location(IIQLocation.ID(UUID()))]) {}
        case "users":
            expected = ("/api/v1.0/users", "ModifiedDate")
            for try await _ in client.users.changes(since: since) {}
        default:
            expected = ("/api/v1.0/tickets", "TicketModifiedDate")
            for try await _ in client.tickets.changes(since: since) {}
        }
        let request = try #require(mock.lastRequest)
        #expect(request.method == .post && request.path == expected.path)
        #expect(request.queryValue("$o") == expected.sort && request.queryValue("$d") == "Ascending")
        #expect(request.queryValue("$s") == "500")
        let filters = try #require(try Fixture.jsonBody(request)["Filters"] as? [[String: Any]])
        #expect(filters.first?["Facet"] as? String == "modifieddate")
        #expect(filters.first?["Value"] as? String == "date>=03/09/2026")
        #expect(filters.count == (kind == "assets" ? 2 : 1))
    }

    @Test("A first sync from the beginning sends no date filter")
    func fromTheBeginning() async throws {
        let mock = MockTransport(responses: [.listEnvelope(items: [])])
        let client = try Fixture.client(mock)
        let changes = client.assets.changes(since: .beginning)
        for try await _ in changes {}
        #expect((try Fixture.jsonBody(mock.lastRequest)["Filters"] as? [Any])?.isEmpty == true)
        #expect(changes.isComplete && changes.checkpoint == .beginning)
    }

    @Test("The boundary is inclusive: ties at the checkpoint's instant are delivered unless their id was")
    func boundary() async throws {
        let seen = UUID()
        let tie = UUID()
        let later = UUID()
        let mock = MockTransport(responses: [
            .listEnvelope(items: [
                ["AssetId": UUID().uuidString, "ModifiedDate": "2026-03-10T08:00:00"],
                ["AssetId": seen.uuidString, "ModifiedDate": "2026-03-10T09:15:00.25"],
                ["AssetId": tie.uuidString, "ModifiedDate": "2026-03-10T09:15:00.250"],
                ["AssetId": later.uuidString, "ModifiedDate": "2026-03-10T10:00:00.1"],
            ])
        ])
        let client = try Fixture.client(mock)
        guard case .date(let instant) = IIQDateParser.parse("2026-03-10T09:15:00.25") else {
            Issue.record()
            return
        }
        let changes = client.assets.changes(since: IIQSyncCheckpoint(modifiedDate: instant, ids: [seen]))
        var ids: [UUID] = []
        for try await asset in changes { ids.append(asset.id.uuid) }
        #expect(ids == [tie, later])
        guard case .date(let newest) = IIQDateParser.parse("2026-03-10T10:00:00.1") else {
            Issue.record()
            return
        }
        #expect(changes.checkpoint == IIQSyncCheckpoint(modifiedDate: newest, ids: [later]))
        #expect(changes.passes == 1)
    }

    @Test("A checkpoint survives JSON exactly, milliseconds included")
    func checkpointCoding() throws {
        guard case .date(let date) = IIQDateParser.parse("2026-03-10T09:15:00.127") else {
            Issue.record()
            return
        }
        let checkpoint = IIQSyncCheckpoint(modifiedDate: date, ids: [UUID(), UUID()])
        let decoded = try JSONDecoder().decode(IIQSyncCheckpoint.self, from: try JSONEncoder().encode(checkpoint))
        #expect(decoded == checkpoint)
        #expect(decoded.covers(id: checkpoint.ids.first!, modifiedAt: date))
        #expect(!decoded.covers(id: UUID(), modifiedAt: date))
    }
}
