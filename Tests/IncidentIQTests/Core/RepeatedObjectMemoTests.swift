import Foundation
import Testing

@testable import IncidentIQ

/// A page's repeated nested objects (the same model, school or status in many assets) are decoded
/// once and handed out again: these pin that nothing about the result changes.
@Suite("Repeated nested objects decode once, with the same result")
struct RepeatedObjectMemoTests {
    static let locationID = "0b3f6c1e-6a44-4d2b-9c55-1c2d3e4f5a6b"

    /// A page of `count` assets; asset `i` has the `i % models.count`-th model object.
    static func page(models: [String], count: Int, extra: (Int) -> String = { _ in "" }) -> Data {
        let items = (0..<count).map { index in
            let assetID = String(format: "00000000-0000-4000-8000-%012d", index)
            return
                #"{"AssetId":"\#(assetID)","AssetTag":"T\#(index)","Model":\#(models[index % models.count])\#(extra(index))}"#
        }
        return Data(#"{"Items":[\#(items.joined(separator: ","))],"Paging":{"PageCount":1}}"#.utf8)
    }

    static func model(_ name: String, id: Int) -> String {
        let modelID = String(format: "00000000-0000-4000-9000-%012d", id)
        return
            #"{"ModelId":"\#(modelID)","Name":"\#(name)","Manufacturer":{"ManufacturerId":"\#(modelID)","Name":"M \#(name)"}}"#
    }

    @Test("Repeated models decode to what Foundation's JSONDecoder reads, record by record")
    func sameAsFoundation() throws {
        let models = (0..<5).map { Self.model("Chromebook \($0)", id: $0) }
        let data = Self.page(models: models, count: 40)
        let sdk = try DecodingLog.record { try IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: data) }.0.items
        let foundation = try JSONDecoder().decode(ListEnvelope<IIQAsset>.self, from: data).items
        #expect(sdk.count == 40)
        #expect(sdk == foundation)
        #expect(sdk.map { $0.model?.name } == (0..<40).map { "Chromebook \($0 % 5)" })
    }

    @Test("Objects that differ only in the middle of a value stay apart")
    func differentInTheMiddle() throws {
        // Same length, same first and last eight bytes of every value: the fingerprint cannot tell
        // them apart, the comparison must.
        let models = [
            Self.model("Chromebook AAAA 3110 Series", id: 1), Self.model("Chromebook BBBB 3110 Series", id: 1),
        ]
        let data = Self.page(models: models, count: 6)
        let items = try IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: data).items
        #expect(
            items.map { $0.model?.name }
                == (0..<6).map { $0 % 2 == 0 ? "Chromebook AAAA 3110 Series" : "Chromebook BBBB 3110 Series" })
        #expect(
            items.map { $0.model?.manufacturer?.name }
                == (0..<6).map { $0 % 2 == 0 ? "M Chromebook AAAA 3110 Series" : "M Chromebook BBBB 3110 Series" })
    }

    @Test("A repeated nested object that drifts reports its drift at every record that has it")
    func driftReportedEveryTime() throws {
        let drifting = #"{"LocationId":"\#(Self.locationID)","CreatedDate":"","Name":"Main"}"#
        let data = Self.page(models: [Self.model("Chromebook", id: 1)], count: 4) { _ in #","Location":\#(drifting)"# }
        let (envelope, log) = try DecodingLog.record { try IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: data) }
        #expect(envelope.items.map { $0.location?.name } == ["Main", "Main", "Main", "Main"])
        #expect(log.drifts.map(\.codingPath) == (0..<4).map { "Items[\($0)].Location.CreatedDate" })
    }

    @Test("More distinct objects than the memo keeps still decode, each to its own value")
    func pastCapacity() throws {
        let count = RepeatedObjectMemo.capacity + 100
        let models = (0..<count).map { Self.model("Model \($0)", id: $0) }
        let data = Self.page(models: models, count: count * 2)
        let items = try IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: data).items
        #expect(items.count == count * 2)
        #expect(items.map { $0.model?.name } == (0..<(count * 2)).map { "Model \($0 % count)" })
    }
}
