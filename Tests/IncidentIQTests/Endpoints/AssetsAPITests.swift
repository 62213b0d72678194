import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Assets API")
struct AssetsAPITests {
    static let assetID = IIQAsset.ID("6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a60")!
    static let user = IIQUser.ID("3f2504e0-4f89-11d3-9a0c-0305e82c3301")!

    func client(_ responses: IIQHTTPResponse...) throws -> (IIQClient, MockTransport) {
        let mock = MockTransport(responses: responses)
        return (try Fixture.client(mock), mock)
    }

    @Test("search posts GetAssetsRequest; decodes the live-shaped page")
    func search() async throws {
        let (client, mock) = try client(.json(try Fixture.data("asset-page.json")))
        let query = IIQAssetQuery(
            filters: [.assetType(IIQAssetType.devices.id)], pageSize: 1000, onlyShowsDeleted: true)
        let assets = try await client.assets.search(query).all()
        #expect(assets.map(\.assetTag) == ["LHS-004512", "LHS-004513"])
        let request = try #require(mock.lastRequest)
        #expect(request.method == .post && request.path == "/api/v1.0/assets")
        #expect(request.queryValue("$s") == "1000")
        let body = try Fixture.jsonBody(request)
        #expect(body["OnlyShowDeleted"] as? Bool == true)
        #expect((body["Filters"] as? [[String: Any]])?.first?["Facet"] as? String == "assettype")
    }

    @Test("count posts to /assets/count and reads TotalRows")
    func count() async throws {
        let (client, mock) = try client(.listEnvelope(items: [], totalRows: 51234))
        #expect(try await client.assets.count(IIQAssetQuery(filters: [.status(named: "Available")])) == 51234)
        #expect(mock.lastRequest?.path == "/api/v1.0/assets/count")
        #expect(mock.lastRequest?.method == .post)
    }

    @Test(
        "Lookups by tag and serial encode the value as one path segment",
        arguments: [
            ("withTag", "LHS/0045 12", "/api/v1.0/assets/assettag/LHS%2F0045%2012"),
            ("withTagContaining", "45?", "/api/v1.0/assets/assettag/search/45%3F"),
            ("withSerial", "5CD#12%", "/api/v1.0/assets/serial/5CD%2312%25"),
            ("withSerialContaining", "5CD", "/api/v1.0/assets/serial/search/5CD"),
        ])
    func lookups(_ kind: String, _ value: String, _ path: String) async throws {
        let (client, mock) = try client(.json(try Fixture.data("asset-serial-no-paging.json")))
        let assets: [IIQAsset]
        switch kind {
        case "withTag": assets = try await client.assets.withTag(value)
        case "withTagContaining": assets = try await client.assets.withTag(containing: value)
        case "withSerial": assets = try await client.assets.withSerial(value)
        default: assets = try await client.assets.withSerial(containing: value)
        }
        #expect(assets.first?.serialNumber == "5CD1234XYZ")
        #expect(mock.lastRequest?.path == path)
        #expect(mock.lastRequest?.method == .get)
    }

    @Test("An empty tag is refused before sending")
    func emptyTag() async throws {
        let (client, mock) = try client()
        let error = await captureError { try await client.assets.withTag("") }
        guard case .invalidArgument = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(mock.requestCount == 0)
    }

    @Test("get, assigned(to:), inRoom and statusTypes")
    func reads() async throws {
        let room = IIQRoom.ID(UUID())
        let (client, mock) = try client(
            .itemEnvelope(["AssetId": Self.assetID.description, "AssetTag": "A1"]),
            .listEnvelope(items: [["AssetId": Self.assetID.description]]),
            .listEnvelope(items: []),
            .listEnvelope(items: [["AssetStatusTypeId": UUID().uuidString, "Name": "Available", "Scope": "All"]]))
        #expect(try await client.assets.get(Self.assetID).assetTag == "A1")
        #expect(try await client.assets.assigned(to: Self.user).count == 1)
        #expect(try await client.assets.inRoom(room).isEmpty)
        #expect(try await client.assets.statusTypes().first?.name == "Available")
        #expect(
            mock.requests.map(\.path) == [
                "/api/v1.0/assets/\(Self.assetID)", "/api/v1.0/assets/for/\(Self.user)",
                "/api/v1.0/assets/rooms/\(room)",
                "/api/v1.0/assets/status/types",
            ])
    }

    @Test("update sends ApiFlags, only what is set, and re-sends tag and serial")
    func update() async throws {
        let (client, mock) = try client(.itemEnvelope(["AssetId": Self.assetID.description, "Notes": "n"]))
        var change = IIQAssetUpdate()
        change.assetTag = "LHS-1"
        change.serialNumber = "SN1"
        change.notes = "Cart 3"
        let updated = try await client.assets.update(Self.assetID, with: change)
        #expect(updated.notes == "n")
        let request = try #require(mock.lastRequest)
        #expect(mock.requestCount == 1)
        #expect(request.method == .post && request.path == "/api/v1.0/assets/\(Self.assetID)")
        #expect(request.headers["ApiFlags"] == "OnlySetMappedProperties")
        let body = try Fixture.jsonBody(request)
        #expect(body.keys.sorted() == ["AssetId", "AssetTag", "Notes", "SerialNumber"])
    }

    @Test("update without tag or serial reads them first, so IIQ cannot blank the serial")
    func updateFillsTagAndSerial() async throws {
        let (client, mock) = try client(
            .itemEnvelope(["AssetId": Self.assetID.description, "AssetTag": "LHS-9", "SerialNumber": "SN9"]),
            .itemEnvelope(["AssetId": Self.assetID.description]))
        var change = IIQAssetUpdate()
        change.locationRoomID = IIQRoom.ID(UUID())
        _ = try await client.assets.update(Self.assetID, with: change)
        #expect(mock.requests.map(\.method) == [.get, .post])
        let body = try Fixture.jsonBody(mock.lastRequest)
        #expect(body["AssetTag"] as? String == "LHS-9" && body["SerialNumber"] as? String == "SN9")
        #expect(body.keys.sorted() == ["AssetId", "AssetTag", "LocationRoomId", "SerialNumber"])
    }

    @Test("setOwner posts OwnerId")
    func setOwner() async throws {
        let (client, mock) = try client(.actionEnvelope())
        try await client.assets.setOwner(of: Self.assetID, to: Self.user)
        #expect(mock.lastRequest?.path == "/api/v1.0/assets/\(Self.assetID)/owner")
        #expect(try Fixture.jsonBody(mock.lastRequest) as? [String: String] == ["OwnerId": Self.user.description])
    }
}
