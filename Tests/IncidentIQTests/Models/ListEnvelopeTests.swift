import Foundation
import Testing

@testable import IncidentIQ

@Suite("List envelope items")
struct ListEnvelopeTests {
    private func decode(_ json: String) throws -> ListEnvelope<IIQLocation> {
        try IIQJSON.decode(ListEnvelope<IIQLocation>.self, from: Data(json.utf8))
    }

    @Test("Missing or null Items is an empty page")
    func missingOrNull() throws {
        #expect(try decode(#"{"ItemCount":0}"#).items.isEmpty)
        #expect(try decode(#"{"Items":null}"#).items.isEmpty)
        #expect(try decode(#"{"Items":[]}"#).items.isEmpty)
    }

    @Test("Items are decoded in order")
    func inOrder() throws {
        let ids = (0..<50).map { _ in UUID() }
        let json = #"{"Items":["# + ids.map { #"{"LocationId":"\#($0.uuidString)"}"# }.joined(separator: ",") + "]}"
        #expect(try decode(json).items.map(\.id.uuid) == ids)
    }

    @Test("Items that are not an array, or a bad item, fail with the item's path")
    func failures() throws {
        #expect(throws: DecodingError.self) { try decode(#"{"Items":{"LocationId":"x"}}"#) }
        do {
            _ = try decode(#"{"Items":[{"LocationId":"6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a60"},{"LocationId":"nope"}]}"#)
            Issue.record("a bad id decoded")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(
                context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue } == [
                    "Items", "1", "LocationId",
                ])
        }
    }
}
