// swift-format-ignore-file: AlwaysUseLowerCamelCase

// The Codable types here spell Incident IQ's PascalCase wire names as their property names on purpose,
// as a caller's own plain type does (no CodingKeys), which is what these tests and baselines exercise.
import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

/// A caller's `Decodable` may keep its containers, or the decoder, past `init(from:)` and use them
/// later. The SDK's tape decoder holds both `unowned(unsafe)` and reads bytes that are gone once the
/// decode returns; raw calls must decode with a decoder that survives this.
@Suite("Raw calls decode a caller's type safely, even one that keeps its containers")
struct CallerTypeSafetyTests {
    /// Keeps its keyed container, and the decoder, and reads them only after decoding.
    final class Hoarder: Decodable, @unchecked Sendable {
        enum Key: String, CodingKey { case Item, Name, Rooms }
        let container: KeyedDecodingContainer<Key>
        let decoder: any Decoder
        init(from decoder: any Decoder) throws {
            self.decoder = decoder
            container = try decoder.container(keyedBy: Key.self)
        }
        /// Reads `Item.Name` through the kept container.
        func name() throws -> String {
            try container.nestedContainer(keyedBy: Key.self, forKey: .Item).decode(String.self, forKey: .Name)
        }
        /// Reads `Item.Rooms` through the kept decoder.
        func rooms() throws -> [String] {
            try decoder.container(keyedBy: Key.self).nestedContainer(keyedBy: Key.self, forKey: .Item)
                .decode([String].self, forKey: .Rooms)
        }
    }

    /// Keeps the keyed container of each page's item, reading it later.
    final class KeptItem: Decodable, Hashable, @unchecked Sendable {
        enum Key: String, CodingKey { case Name }
        let container: KeyedDecodingContainer<Key>
        init(from decoder: any Decoder) throws { container = try decoder.container(keyedBy: Key.self) }
        func name() throws -> String { try container.decode(String.self, forKey: .Name) }
        static func == (lhs: KeptItem, rhs: KeptItem) -> Bool { lhs === rhs }
        func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
    }

    @Test("a container and a decoder kept past init(from:) still read the right values afterwards")
    func keptContainer() async throws {
        let names = (0..<40).map { "Room \($0) " + String(repeating: "x", count: $0 * 7) }
        let body = try JSONSerialization.data(withJSONObject: [
            "Item": ["Name": "Lincoln High School", "Rooms": names], "StatusCode": 200,
        ])
        let mock = MockTransport(responses: [.json(body), .json(body)])
        let client = try Fixture.client(mock)
        let first = try await client.raw.get(["locations", "x"], as: Hoarder.self)
        // Churn the heap so that anything freed by the decode is reused before the kept container reads.
        let second = try await client.raw.get(["locations", "x"], as: Hoarder.self)
        var churn: [[UInt8]] = []
        for size in 1...2_000 { churn.append([UInt8](repeating: 0xA5, count: size % 257 + 16)) }
        #expect(churn.count == 2_000)
        for hoarder in [first, second] {
            #expect(try hoarder.name() == "Lincoln High School")
            #expect(try hoarder.rooms() == names)
        }
    }

    @Test("items of a raw walk that keep their containers read the right values after the walk")
    func keptInPages() async throws {
        let body =
            #"{"Items": [{"Name": "alpha"}, {"Name": "beta"}, {"Name": "gamma"}], "Paging": {"TotalRows": 3, "PageCount": 1, "PageSize": 3, "PageIndex": 0}}"#
        let pages = MockTransport(responses: [.json(body)])
        let items = try await Fixture.client(pages).raw.pages(.get(["tags"]), of: KeptItem.self, pageSize: 3).all()
        var churn: [[UInt8]] = []
        for size in 1...2_000 { churn.append([UInt8](repeating: 0x5A, count: size % 251 + 16)) }
        #expect(churn.count == 2_000)
        #expect(try items.map { try $0.name() } == ["alpha", "beta", "gamma"])
    }
}
