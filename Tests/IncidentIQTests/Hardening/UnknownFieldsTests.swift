import Foundation
import Testing

@testable import IncidentIQ

@Suite("Every model keeps the keys it does not know")
struct UnknownFieldsTests {
    static let assetID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    static let locationID = "5e0b8c52-9a4a-4b8e-9c21-0d1f2e3a4b5c"
    static let modelID = "7a1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"

    /// A live-shaped asset with keys no model of the SDK knows, at the top and two levels down.
    static let page = #"""
        {"Items":[
          {"AssetId":"\#(assetID)","AssetTag":"JHS-1","GradeBand":"9-12","Flags":{"Loaner":true,"Slots":[1,2.5,null,"x"]},
           "Location":{"LocationId":"\#(locationID)","Name":"Jefferson High","Color":"blue"},
           "Model":{"ModelId":"\#(modelID)","Name":"Chromebook 11","Manufacturer":{"ManufacturerId":"\#(modelID)","Name":"Acme","Founded":1999}},"GradeBand":"ignored repeat"},
          {"AssetId":"\#(assetID)","AssetTag":"JHS-2"}
        ],"ItemCount":2}
        """#

    private func decodePage(_ json: String = Self.page) throws -> ([IIQAsset], DecodingLog) {
        let (envelope, log) = try DecodingLog.record {
            try IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: Data(json.utf8))
        }
        return (envelope.items, log)
    }

    @Test("Unknown keys are kept with their values, at the top and in nested models; known keys never are")
    func keptAtEveryLevel() throws {
        let (items, log) = try decodePage()
        let asset = try #require(items.first)
        #expect(asset.unknownFields.names == ["Flags", "GradeBand"])
        #expect(asset.unknownFields["GradeBand"] == .string("9-12"), "a repeated key keeps its first value")
        #expect(
            asset.unknownFields["Flags"]
                == .object(["Loaner": .bool(true), "Slots": .array([.number(1), .number(2.5), .null, .string("x")])]))
        #expect(asset.assetTag == "JHS-1")
        #expect(asset.unknownFields["AssetTag"] == nil && asset.unknownFields["Location"] == nil)
        #expect(asset.location?.unknownFields.values == ["Color": .string("blue")])
        #expect(asset.location?.name == "Jefferson High")
        #expect(asset.model?.unknownFields.isEmpty == true)
        #expect(asset.model?.manufacturer?.unknownFields["Founded"] == .number(1999))
        #expect(asset.model?.manufacturer?.name == "Acme")
        #expect(items.last?.unknownFields.isEmpty == true)
        #expect(log.drifts.isEmpty && log.skipped.isEmpty)
    }

    @Test(
        "An unknown value no IIQJSONValue holds exactly is left out and reported; the record and its other fields stay")
    func unkeepableValueIsReported() throws {
        let json = #"""
            {"Items":[{"AssetId":"\#(Self.assetID)","AssetTag":"A","Big":9007199254740993,"Huge":1e400,
              "Deep":{"n":123456789012345678901234},"Fine":9007199254740992,"Text":"kept"}],"ItemCount":1}
            """#
        let (items, log) = try decodePage(json)
        let asset = try #require(items.first)
        #expect(asset.assetTag == "A")
        #expect(asset.unknownFields.names == ["Fine", "Text"])
        #expect(asset.unknownFields["Fine"] == .number(9_007_199_254_740_992))
        #expect(log.skipped.isEmpty)
        #expect(Set(log.drifts.map(\.codingPath)) == ["Items[0].Big", "Items[0].Huge", "Items[0].Deep"])
        #expect(log.drifts.allSatisfy { $0.position == 0 })
    }

    @Test("An untyped field holding an integer a Double cannot hold reads as nil, reported, never as a nearby number")
    func untypedIntegersStayExact() throws {
        let json = #"{"Items":[{"AssetId":"\#(Self.assetID)","Meta":{"Counter":9007199254740993}}],"ItemCount":1}"#
        let (items, log) = try decodePage(json)
        #expect(items.first?.meta == nil)
        #expect(log.drifts.map(\.codingPath) == ["Items[0].Meta"])
    }

    @Test("A model encoded and decoded again, by the SDK or by JSONDecoder, is the same model")
    func roundTrip() throws {
        let asset = try #require(try decodePage().0.first)
        let encoded = try IIQJSON.encoder.encode(asset)
        let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect((object[IIQUnknownFields.codingKey] as? [String: Any])?["GradeBand"] as? String == "9-12")
        #expect(try IIQJSON.decode(IIQAsset.self, from: encoded) == asset)
        #expect(try JSONDecoder().decode(IIQAsset.self, from: encoded) == asset)
        // A model without unknown fields writes no key for them.
        let plain = try IIQJSON.encoder.encode(IIQAsset(id: asset.id))
        #expect(!String(decoding: plain, as: UTF8.self).contains(IIQUnknownFields.codingKey))
    }

    @Test("JSONDecoder, which cannot list the keys a model skips, leaves unknown fields of IIQ's JSON empty")
    func foundationLeavesThemEmpty() throws {
        let envelope = try JSONDecoder().decode(ListEnvelope<IIQAsset>.self, from: Data(Self.page.utf8))
        #expect(envelope.items.first?.assetTag == "JHS-1")
        #expect(envelope.items.first?.unknownFields.isEmpty == true)
    }

    @Test("The differential fuzz check agrees with kept and unkeepable unknown fields")
    func differentialCheck() throws {
        // Without the repeated key, which the check leaves alone as an allowed difference of its own.
        let page = Self.page.replacingOccurrences(of: #","GradeBand":"ignored repeat""#, with: "")
        #expect(page != Self.page)
        #expect(DifferentialDecoding.check(Data(page.utf8)) == nil)
        let unkeepable = #"{"Items":[{"AssetId":"\#(Self.assetID)","Big":9007199254740993}],"ItemCount":1}"#
        #expect(DifferentialDecoding.check(Data(unkeepable.utf8)) == nil)
        // A number past Double in an unknown key, which JSONSerialization refuses for the whole document.
        let huge = #"{"Items":[{"AssetId":"\#(Self.assetID)","Huge":1e400,"Text":"kept"}],"ItemCount":1}"#
        #expect(DifferentialDecoding.check(Data(huge.utf8)) == nil)
        // The same number written two ways: 0e400 in the input, 0 once kept and encoded.
        let zero = #"{"Items":[{"AssetId":"\#(Self.assetID)","Big":9007199254740993,"Huge":0e400}],"ItemCount":1}"#
        #expect(DifferentialDecoding.check(Data(zero.utf8)) == nil)
    }
}
