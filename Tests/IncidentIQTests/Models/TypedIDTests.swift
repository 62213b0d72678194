import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Typed ids: a model's id passes where the SDK takes it, and every GUID is written lowercase")
struct TypedIDTests {
    // Each call below compiles only because the model property has the typed id the call takes: a
    // plain `UUID` property would need `.init(...)` and fail to build. The answers are checked too.
    @Test("an issue's category, type, product and workflow ids go straight into the calls that take them")
    func issueIDsPassStraightIn() async throws {
        let client = try Fixture.client(sandbox: IIQSandbox())
        let issue = try await client.issues.lookup(named: "broken screen", product: .ticketing).unique()
        let categoryID = try #require(issue.issueCategoryID)
        let typeID = try #require(issue.issueTypeID)

        #expect(try await client.issues.categories.get(categoryID).name == issue.issueCategoryName)
        #expect(try await client.issues.types.get(typeID).id == typeID)
        let branch = try await client.issues.all(in: categoryID, ofType: typeID).all()
        #expect(branch.contains { $0.id == issue.id })
        #expect(IIQProduct(id: try #require(issue.productID)) == .ticketing)
        #expect(try await client.workflows.all().map(\.id).contains(try #require(issue.workflowID)))
        let filter = try JSONSerialization.jsonObject(with: IIQJSON.encoder.encode(IIQFilter.issueCategory(categoryID)))
        #expect((filter as? [String: Any])?["Id"] as? String == categoryID.description)
    }

    @Test("a record's site, product, custom field type and model category ids are the typed ids of those entities")
    func recordIDsPassStraightIn() async throws {
        let sandbox = IIQSandbox()
        let client = try Fixture.client(sandbox: sandbox)
        let me = try await client.me()
        let site = try #require(me.site)
        #expect(me.siteID == site.id)

        let asset = try #require(try await client.assets.search(IIQAssetQuery(pageSize: 20)).first(20).first)
        #expect(asset.siteID == site.id)
        #expect(IIQProduct(id: try #require(asset.productID)) == .assets)
        let category = try await client.issues.categories.get(try #require(asset.categoryID))
        #expect(category.id == asset.model?.categoryID)
        #expect(category.name != nil && category.name == asset.model?.category?["Name"]?.stringValue)

        let values = try await client.customFields.values(of: .asset(asset.id))
        let definitions = try await client.customFields.definitions(for: .asset)
        let value = try #require(values.first { $0.customFieldTypeID != nil })
        #expect(definitions[try #require(value.customFieldTypeID)] != nil)
    }

    @Test("encoding decoded records writes every GUID lowercase, with IIQJSON's encoder and a plain JSONEncoder")
    func encodedGUIDsAreLowercase() async throws {
        let client = try Fixture.client(sandbox: IIQSandbox())
        let assets = try await NestedModelTests.assetPage().items
        let mock = MockTransport(responses: [.json(try Fixture.data("ticket-live-nested.json"))])
        let ticket = try await Fixture.client(mock).tickets.get(
            #require(IIQTicket.ID("3e9a5c71-b2d4-4f86-a0e3-7c5b1d9f2a64")))
        var encoded: [Data] = []
        for encoder in [IIQJSON.encoder, JSONEncoder()] {
            encoded.append(try encoder.encode(assets))
            encoded.append(try encoder.encode(ticket))
            encoded.append(try encoder.encode(try await client.me()))
            encoded.append(try encoder.encode(try await client.issues.all(product: .ticketing).all()))
            encoded.append(try encoder.encode(try await client.issues.categories.all()))
            encoded.append(try encoder.encode(try await client.users.search(IIQUserQuery(pageSize: 5)).first(5)))
            encoded.append(try encoder.encode(try await client.workflows.all()))
            encoded.append(try encoder.encode(try await client.customFields.definitions(for: .asset).fields))
        }
        var guids: [String] = []
        for data in encoded { Self.collectGUIDs(in: try JSONSerialization.jsonObject(with: data), into: &guids) }
        #expect(guids.count > 200, "the records carry enough GUIDs for the check to mean something")
        #expect(guids.filter { $0 != $0.lowercased() } == [])
    }

    @Test("the plain GUIDs the SDK does not type are written lowercase too")
    func plainGUIDsAreLowercase() throws {
        var asset = IIQAsset(id: IIQAsset.ID(UUID()))
        asset.fundingSourceID = UUID()
        asset.imageID = UUID()
        let json = String(decoding: try JSONEncoder().encode(asset), as: UTF8.self)
        let funding = try #require(asset.fundingSourceID).uuidString
        #expect(json.contains(funding.lowercased()) && !json.contains(funding))
        let checkpoint = IIQSyncCheckpoint(modifiedDate: Date(timeIntervalSince1970: 0), ids: [UUID()])
        let written = String(decoding: try JSONEncoder().encode(checkpoint), as: UTF8.self)
        let id = try #require(checkpoint.ids.first).uuidString
        #expect(written.contains(id.lowercased()) && !written.contains(id))
        #expect(try JSONDecoder().decode(IIQSyncCheckpoint.self, from: Data(written.utf8)) == checkpoint)
    }

    /// Every GUID-shaped string in a JSONSerialization tree, keys included.
    static func collectGUIDs(in value: Any, into guids: inout [String]) {
        switch value {
        case let text as String:
            if text.count == 36, UUID(uuidString: text) != nil { guids.append(text) }
        case let array as [Any]:
            for element in array { collectGUIDs(in: element, into: &guids) }
        case let object as [String: Any]:
            for (key, element) in object {
                collectGUIDs(in: key, into: &guids)
                collectGUIDs(in: element, into: &guids)
            }
        default:
            break
        }
    }
}
