// swift-format-ignore-file: AlwaysUseLowerCamelCase

// The Codable types here spell Incident IQ's PascalCase wire names as their property names on purpose,
// as a caller's own plain type does (no CodingKeys), which is what these tests and baselines exercise.
import Foundation
import Testing

@testable import IncidentIQ

/// The SDK's own decoder, checked against Foundation's `JSONDecoder` and against the JSON grammar.
@Suite("Tape decoder")
struct TapeDecoderTests {
    struct Everything: Codable, Equatable {
        var text: String
        var escaped: String
        var integer: Int
        var negative: Int64
        var small: UInt8
        var double: Double
        var exponent: Double
        var flag: Bool
        var missing: String?
        var null: Int?
        var list: [Int]
        var nested: [String: [Double]]
        var id: UUID
        var amount: Decimal
        var link: URL
    }

    static let everything = #"""
        {"text":"plain","escaped":"quote \" slash \/ tab \t é \u00e9 \ud83d\ude00 \\","integer":9007199254740993,
         "negative":-9223372036854775808,"small":255,"double":0.1,"exponent":-1.5e-7,"flag":true,"null":null,
         "list":[1,2,3],"nested":{"a":[1.25,2],"b":[]},"id":"3FA85F64-5717-4562-B3FC-2C963F66AFA6",
         "amount":1234.5678,"link":"https://district.incidentiq.com/api/v1.0","unknown":{"deep":[[{"x":1}]]}}
        """#

    @Test("Decodes every scalar and container the same as JSONDecoder")
    func matchesJSONDecoder() throws {
        let data = Data(Self.everything.utf8)
        let ours = try TapeDecoder.decode(Everything.self, from: data)
        let foundation = try JSONDecoder().decode(Everything.self, from: data)
        #expect(ours == foundation)
        #expect(ours.escaped == "quote \" slash / tab \t é é 😀 \\")
        #expect(ours.integer == 9_007_199_254_740_993)
        #expect(ours.negative == Int64.min)
        #expect(ours.double == 0.1 && ours.exponent == -1.5e-7)
    }

    @Test("Numbers decode exactly, and one that does not fit is a corrupt value at its path")
    func numbers() throws {
        for text in [
            "0", "-0", "1e2", "123456789012345678", "0.000001", "3.141592653589793", "1.7976931348623157e308", "5e-324",
        ] {
            let data = Data("[\(text)]".utf8)
            #expect(
                try TapeDecoder.decode([Double].self, from: data) == JSONDecoder().decode([Double].self, from: data),
                "\(text)")
        }
        #expect(try TapeDecoder.decode([Int].self, from: Data("[1e2, 4.0]".utf8)) == [100, 4])
        let overflow = #expect(throws: DecodingError.self) {
            try TapeDecoder.decode([String: UInt8].self, from: Data(#"{"n":256}"#.utf8))
        }
        guard case .dataCorrupted(let context) = overflow else {
            Issue.record("expected dataCorrupted")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["n"])
    }

    @Test("Type errors carry the path through objects and arrays")
    func errorPaths() throws {
        struct Item: Decodable { var name: String }
        struct Page: Decodable { var Items: [Item] }
        let json = #"{"Items":[{"name":"a"},{"name":"b"},{"name":"c"},{"name":7}]}"#
        let error = #expect(throws: DecodingError.self) { try TapeDecoder.decode(Page.self, from: Data(json.utf8)) }
        guard case .typeMismatch(let type, let context) = error else {
            Issue.record("expected typeMismatch")
            return
        }
        #expect(ObjectIdentifier(type) == ObjectIdentifier(String.self))
        #expect(ResponseInterpreter.path(context.codingPath) == "Items[3].name")

        let missing = #expect(throws: DecodingError.self) {
            try TapeDecoder.decode(Page.self, from: Data(#"{"Items":[{}]}"#.utf8))
        }
        guard case .keyNotFound(let key, let where_) = missing else {
            Issue.record("expected keyNotFound")
            return
        }
        #expect(key.stringValue == "name" && ResponseInterpreter.path(where_.codingPath) == "Items[0]")

        let null = #expect(throws: DecodingError.self) {
            try TapeDecoder.decode(Page.self, from: Data(#"{"Items":[{"name":null}]}"#.utf8))
        }
        guard case .valueNotFound = null else {
            Issue.record("expected valueNotFound")
            return
        }
    }

    /// Reads forty keys in a fixed order, whatever order the object has them in.
    struct Wide: Decodable {
        static let names = (0..<40).map { "Key\($0)With\(String(repeating: "x", count: $0 % 13))" }
        struct Name: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        var values: [Int]
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Name.self)
            values = try Self.names.map { try container.decode(Int.self, forKey: Name(stringValue: $0)) }
        }
    }

    @Test("Keys are found in any order, in objects large and small, and unknown keys are skipped")
    func keyOrder() throws {
        let names = Wide.names
        for order in [names, names.reversed(), names.shuffled()] {
            let body = order.enumerated().map { #""\#($1)":\#($0)"# }.joined(separator: ",")
            let object = try TapeDecoder.decode(
                [String: IIQJSONValue].self, from: Data("{\(body),\"extra\":[1,{\"a\":2}]}".utf8))
            let expected = try JSONDecoder().decode([String: Int].self, from: Data("{\(body)}".utf8))
            #expect(object.count == 41 && object["extra"] == .array([.number(1), .object(["a": .number(2)])]))
            #expect(object.filter { $0.key != "extra" } == expected.mapValues { IIQJSONValue.number(Double($0)) })
        }
        // A wide model read in its own fixed order from objects written in other orders.
        let objects = [names, names.reversed(), names.shuffled(), names.shuffled()].map { order in
            "{" + order.map { #""\#($0)":\#(names.firstIndex(of: $0) ?? -1)"# }.joined(separator: ",") + "}"
        }
        let wide = try TapeDecoder.decode([Wide].self, from: Data("[\(objects.joined(separator: ","))]".utf8))
        #expect(wide.map(\.values) == Array(repeating: Array(0..<40), count: 4))
        let absent = #expect(throws: DecodingError.self) {
            try TapeDecoder.decode(Wide.self, from: Data("{\"Key0With\":0}".utf8))
        }
        guard case .keyNotFound(let key, _) = absent else {
            Issue.record("expected keyNotFound")
            return
        }
        #expect(key.stringValue == names[1])
        // The same model read from objects whose keys come in different orders, one after another.
        struct Pair: Decodable, Equatable {
            var AssetId: String
            var SerialNumber: String
            var Name: String?
        }
        let pages =
            #"[{"AssetId":"1","SerialNumber":"s1","Name":"n1"},{"Name":"n2","SerialNumber":"s2","AssetId":"2"},"#
            + #"{"SerialNumber":"s3","AssetId":"3"}]"#
        #expect(
            try TapeDecoder.decode([Pair].self, from: Data(pages.utf8)) == [
                Pair(AssetId: "1", SerialNumber: "s1", Name: "n1"), Pair(AssetId: "2", SerialNumber: "s2", Name: "n2"),
                Pair(AssetId: "3", SerialNumber: "s3", Name: nil),
            ])
    }

    @Test("Keys written with escapes match their plain spelling")
    func escapedKeys() throws {
        struct Named: Decodable { var Name: String }
        #expect(try TapeDecoder.decode(Named.self, from: Data(#"{"N\u0061me":"ok"}"#.utf8)).Name == "ok")
    }

    @Test(
        "Anything that is not one JSON value is refused with a dataCorrupted error, never a crash",
        arguments: [
            "", " ", "{", "[", "[1,]", "{\"a\":}", "{\"a\" 1}", "{a:1}", "tru", "nul", "-", "1.", "1e", "01x", "\"abc",
            "\"\u{01}\"", "[1] [2]", "{\"a\":1,}", "[\"\\u12\"]", "\"\\",
            String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
        ])
    func malformed(_ text: String) {
        let error = #expect(throws: DecodingError.self) {
            try TapeDecoder.decode(IIQJSONValue.self, from: Data(text.utf8))
        }
        if case .dataCorrupted(let context)? = error { #expect(context.codingPath.isEmpty) }
    }

    @Test("Reads the bytes of a Data slice in place, and an empty Data is a corrupt value")
    func slicesAndEmpty() throws {
        let whole = Data(#"xx{"a":[1,2]}yy"#.utf8)
        let slice = whole[whole.index(whole.startIndex, offsetBy: 2)..<whole.index(whole.endIndex, offsetBy: -2)]
        #expect(try TapeDecoder.decode([String: [Int]].self, from: slice) == ["a": [1, 2]])
        #expect(throws: DecodingError.self) { try TapeDecoder.decode([Int].self, from: Data()) }
    }

    @Test("An invalid escape in a string value is a corrupt value, not a crash")
    func invalidEscape() {
        #expect(throws: DecodingError.self) { try TapeDecoder.decode([String].self, from: Data(#"["\x"]"#.utf8)) }
        #expect(throws: DecodingError.self) { try TapeDecoder.decode([String].self, from: Data(#"["\u12G4"]"#.utf8)) }
    }

    @Test("IIQJSONValue reads JSON the same as its own init(from:) with JSONDecoder, but never rounds an integer")
    func jsonValues() throws {
        // 2^53 + 1 has no Double: JSONDecoder reads the nearest one, the SDK refuses the value.
        let inexact = Data(Self.everything.utf8)
        #expect(throws: DecodingError.self) { try TapeDecoder.decode(IIQJSONValue.self, from: inexact) }
        #expect(try JSONDecoder().decode(IIQJSONValue.self, from: inexact)["integer"] == .number(9_007_199_254_740_992))
        let data = Data(Self.everything.replacingOccurrences(of: "9007199254740993", with: "9007199254740992").utf8)
        #expect(
            try TapeDecoder.decode(IIQJSONValue.self, from: data) == JSONDecoder().decode(IIQJSONValue.self, from: data)
        )
    }

    @Test("Nested containers, superDecoder and allKeys work for hand-written Decodable types")
    func handWritten() throws {
        struct Custom: Decodable {
            var first: Int
            var keys: [String]
            var fromSuper: String
            enum Keys: String, CodingKey { case outer, list, name }
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: Keys.self)
                let outer = try container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
                var list = try outer.nestedUnkeyedContainer(forKey: .list)
                first = try list.decode(Int.self)
                #expect(list.count == 3 && !list.isAtEnd)
                keys = container.allKeys.map(\.stringValue)
                fromSuper = try String(from: try container.superDecoder(forKey: .name))
            }
        }
        let value = try TapeDecoder.decode(
            Custom.self, from: Data(#"{"outer":{"list":[5,6,7]},"name":"n","other":1}"#.utf8))
        #expect(value.first == 5 && value.keys == ["outer", "name"] && value.fromSuper == "n")
    }
}
