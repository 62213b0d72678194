import Foundation
import Testing

@testable import IncidentIQ

/// The decoder cannot be crashed, stalled or made to change a number.
@Suite("Decoder defences")
struct DecoderDefenceTests {
    // MARK: No crash

    @Test(
        "A .NET Date object with a huge Year reads as nil, never traps",
        arguments: [
            #"{"Year":100000000000000000,"Month":1,"Day":1}"#,
            #"{"Year":9223372036854775807,"Month":12,"Day":31}"#,
            #"{"Year":-9223372036854775808,"Month":1,"Day":1}"#,
            #"{"Year":10000,"Month":1,"Day":1}"#,
            #"{"Year":0,"Month":1,"Day":1}"#,
            #"{"Year":2021,"Month":2,"Day":30}"#,
        ])
    func hugeYear(_ object: String) throws {
        let json = #"{"AssetId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","PurchasedDate":\#(object)}"#
        let (asset, log) = try DecodingLog.record { try IIQJSON.decode(IIQAsset.self, from: Data(json.utf8)) }
        #expect(asset.purchasedDate == nil)
        #expect(log.drifts.map(\.codingPath) == ["PurchasedDate"])
    }

    @Test("The calendar date range is checked before any arithmetic")
    func calendarRange() {
        #expect(IIQCalendarDate(year: Int.max, month: 1, day: 1).result == .invalid)
        #expect(IIQCalendarDate(year: 1, month: 1, day: 1).result == .none)
        #expect(IIQCalendarDate(year: 9999, month: 12, day: 31).result != .invalid)
        // Formatting a date far outside IIQ's range clamps instead of trapping.
        #expect(IIQDateParser.string(from: Date(timeIntervalSince1970: 1e300)).hasPrefix("9999-12-31"))
        #expect(IIQDateParser.string(from: Date(timeIntervalSince1970: -1e300)).hasPrefix("0001-01-01"))
    }

    // MARK: No stall

    /// `n` keys that share one ``KeyHash``: same length, same first and last eight bytes.
    static func collidingObject(_ count: Int) -> String {
        "{" + (0..<count).map { #""AAAAAAAA\#(String(format: "%07d", $0))ZZZZZZZZ":\#($0)"# }.joined(separator: ",")
            + "}"
    }

    struct NoPlan: Decodable {
        // Not CaseIterable: looked up by name, through the key table, as an error body is.
        enum CodingKeys: String, CodingKey {
            case last = "AAAAAAAA0019999ZZZZZZZZ"
            case missing = "Missing"
        }
        var last: Int?
        var missing: Int?
    }

    @Test("Colliding key hashes make the key table fall back, and lookups stay right")
    func collidingKeysFallBack() throws {
        let data = Data(Self.collidingObject(5_000).utf8)
        try JSONTape.withTape(of: data) { tape in
            var table = KeyTable()
            defer { table.deallocate() }
            table.build(for: 0, in: tape)
            #expect(table.fallback != nil)
            let name = "AAAAAAAA0004321ZZZZZZZZ"
            let key = table.find(name, hash: KeyHash.of(name), in: tape)
            #expect(key.flatMap { tape.string(at: $0) } == name)
            let missing = table.find("Missing", hash: KeyHash.of("Missing"), in: tape)
            #expect(missing == nil)
        }
        // Ordinary keys keep the fast table.
        let ordinary = "{" + (0..<5_000).map { #""Key\#($0)":\#($0)"# }.joined(separator: ",") + "}"
        try JSONTape.withTape(of: Data(ordinary.utf8)) { tape in
            var table = KeyTable()
            defer { table.deallocate() }
            table.build(for: 0, in: tape)
            #expect(table.fallback == nil)
            let key = table.find("Key4999", hash: KeyHash.of("Key4999"), in: tape)
            #expect(key.flatMap { tape.string(at: $0) } == "Key4999")
        }
    }

    @Test("200,000 colliding keys decode in linear time, not the 15 s quadratic probing took")
    func hashFlooding() throws {
        let data = Data(Self.collidingObject(200_000).utf8)
        let clock = ContinuousClock()
        let start = clock.now
        let value = try IIQJSON.decode(NoPlan.self, from: data)
        let elapsed = clock.now - start
        #expect(value.last == 19_999 && value.missing == nil)
        // Quadratic probing is 2 × 10^10 probes here; linear is well under a second even in debug.
        #expect(elapsed < .seconds(5), "took \(elapsed)")
        let hit = try IIQJSON.decode(NoPlan.self, from: Data(Self.collidingObject(20_000).utf8))
        #expect(hit.last == 19_999)
    }

    @Test("The 512-deep nesting cap stays")
    func nestingCap() throws {
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(throws: DecodingError.self) { try IIQJSON.decode(IIQJSONValue.self, from: Data(deep.utf8)) }
        let fine = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect((try? IIQJSON.decode(IIQJSONValue.self, from: Data(fine.utf8))) != nil)
    }

    // MARK: Exact numbers

    @Test(
        "Integers are read digit for digit, never through Double",
        arguments: [
            ("9007199254740993.0", 9_007_199_254_740_993), ("9007199254740993", 9_007_199_254_740_993),
            ("4.0", 4), ("1e2", 100), ("-0", 0), ("0e999999999999", 0), ("1.5e1", 15),
            ("-9223372036854775808", Int.min),
            ("922337203685477580.7e1", 9_223_372_036_854_775_807),
        ])
    func exactIntegers(_ text: String, _ value: Int) throws {
        #expect(try TapeDecoder.decode([Int].self, from: Data("[\(text)]".utf8)) == [value])
    }

    @Test(
        "Numbers that are not integers or do not fit are refused, never rounded",
        arguments: [
            "1.5", "1e-400", "9223372036854775808", "99999999999999999999", "1e19", "9007199254740993.5",
        ])
    func refusedIntegers(_ text: String) {
        #expect(throws: DecodingError.self) { try TapeDecoder.decode([Int].self, from: Data("[\(text)]".utf8)) }
    }

    @Test(
        "±1e400 and 1e-400 into Double, Float or an untyped value are refused, never ±inf or 0",
        arguments: [
            "1e400", "-1e400", "1e-400", "-1e-400", "123e-999999999999",
        ])
    func outOfRangeDoubles(_ text: String) throws {
        let data = Data("[\(text)]".utf8)
        #expect(throws: DecodingError.self) { try TapeDecoder.decode([Double].self, from: data) }
        #expect(throws: DecodingError.self) { try TapeDecoder.decode(IIQJSONValue.self, from: data) }
        #expect(throws: DecodingError.self) { try TapeDecoder.decode([Float].self, from: Data("[1e39]".utf8)) }
        #expect(
            try TapeDecoder.decode([Double].self, from: Data("[0e-400, 5e-324, 0.0]".utf8)) == [
                0, Double.leastNonzeroMagnitude, 0,
            ])
    }

    @Test("Decimal is exact or refused: 38 digits and exponents -128...127")
    func decimals() throws {
        #expect(
            try TapeDecoder.decode([Decimal].self, from: Data("[1234.5678]".utf8)) == [Decimal(string: "1234.5678")])
        for text in ["1e400", "1e-400", "1234567890123456789012345678901234567890", "1e128"] {
            #expect(throws: DecodingError.self, "\(text)") {
                try TapeDecoder.decode([Decimal].self, from: Data("[\(text)]".utf8))
            }
        }
    }

    @Test("A number in a text field is its integer text, or nil: never rendered through Double")
    func numbersIntoText() throws {
        struct Text: Decodable {
            var value: String?
            enum CodingKeys: String, CodingKey { case value = "Value" }
        }
        for (json, expected) in [("123", "123"), ("-9223372036854775808", "-9223372036854775808"), ("true", "true")] {
            #expect(try IIQJSON.decode(Text.self, from: Data(#"{"Value":\#(json)}"#.utf8)).value == expected)
        }
        for json in ["123456789012345678901234", "1.5", "1e400", "{}"] {
            let (text, log) = try DecodingLog.record {
                try IIQJSON.decode(Text.self, from: Data(#"{"Value":\#(json)}"#.utf8))
            }
            #expect(text.value == nil, "\(json)")
            #expect(log.drifts.count == 1, "\(json)")
        }
    }
}
