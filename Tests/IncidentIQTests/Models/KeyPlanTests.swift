import Foundation
import Testing

@testable import IncidentIQ

/// Lookups by key ordinal (``KeyPlan``) must find exactly what lookups by name find.
@Suite("Key plans")
struct KeyPlanTests {
    enum Planned: String, CodingKey, CaseIterable {
        case id = "Id"
        case name = "Name"
        case tags = "Tags"
        case note = "Note"
    }
    enum Unplanned: String, CodingKey {
        case id = "Id"
        case name = "Name"
        case tags = "Tags"
        case note = "Note"
    }

    /// The same model, read through either key type.
    struct Record<Key: CodingKey>: Decodable, Equatable {
        var id: Int
        var name: String?
        var tags: [String]?
        var note: String?

        init(id: Int, name: String?, tags: [String]?, note: String?) {
            (self.id, self.name, self.tags, self.note) = (id, name, tags, note)
        }

        init(from decoder: any Decoder) throws {
            func key(_ name: String) throws -> Key {
                guard let key = Key(stringValue: name) else {
                    throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: name))
                }
                return key
            }
            let container = try decoder.container(keyedBy: Key.self)
            id = try container.decode(Int.self, forKey: try key("Id"))
            name = try container.decodeIfPresent(String.self, forKey: try key("Name"))
            tags = try container.decodeIfPresent([String].self, forKey: try key("Tags"))
            note = try container.decodeIfPresent(String.self, forKey: try key("Note"))
        }
    }

    @Test("A CaseIterable one-byte key enum gets a plan numbered in declaration order; other key types get none")
    func plans() throws {
        let plan = try #require(KeyPlan.make(for: Planned.self))
        #expect(plan.count == 4)
        #expect(Planned.allCases.map { KeyPlan.ordinal(of: $0) } == [0, 1, 2, 3])
        #expect(KeyPlan.make(for: Unplanned.self) == nil)
        #expect(KeyPlan.make(for: IndexKey.self) == nil)
        // Cases listed out of declaration order: the tags do not number them, so no plan.
        #expect(KeyPlan.make(for: Shuffled.self) == nil)
        // One plan per type, shared by every decoder.
        let first = try #require(KeyPlan.plan(for: ObjectIdentifier(Planned.self)) { KeyPlan.make(for: Planned.self) })
        let second = try #require(KeyPlan.plan(for: ObjectIdentifier(Planned.self)) { nil })
        #expect(first.toOpaque() == second.toOpaque())
    }

    enum Shuffled: String, CodingKey, CaseIterable {
        case a, b
        static var allCases: [Shuffled] { [.b, .a] }
    }

    @Test(
        "Planned lookups match lookups by name: any order, unknown, missing, null, escaped and repeated keys",
        arguments: [
            #"{"Id":1,"Name":"a","Tags":["x"],"Note":"n"}"#,
            #"{"Note":"n","Tags":["x","y"],"Name":"a","Id":2}"#,
            #"{"Extra":{"Id":9},"Id":3,"Unknown":[1,2]}"#,
            #"{"Id":4,"Name":null,"Tags":null}"#,
            #"{"\u0049d":5,"N\u0061me":"escaped"}"#,
            #"{"Id":6,"Name":"first","Name":"second"}"#,
            #"{"Id":7,"Name":"s","Tags":[],"Note":"n","A":1,"B":2,"C":3,"D":4,"E":5,"F":6,"G":7,"H":8}"#,
        ])
    func matchesNamedLookups(_ json: String) throws {
        let data = Data(json.utf8)
        let planned = try TapeDecoder.decode(Record<Planned>.self, from: data)
        let named = try TapeDecoder.decode(Record<Unplanned>.self, from: data)
        #expect(planned == Record(id: named.id, name: named.name, tags: named.tags, note: named.note))
    }

    @Test("Expected values through a plan, and a missing required key is keyNotFound")
    func values() throws {
        let records = try TapeDecoder.decode(
            [Record<Planned>].self,
            from: Data(#"[{"Name":"b","Id":2},{"Id":1,"Tags":["t"]},{"Id":3,"Name":"x","Name":"y"}]"#.utf8))
        #expect(records.map(\.id) == [2, 1, 3])
        #expect(records.map(\.name) == ["b", nil, "x"])
        #expect(records.map(\.tags) == [nil, ["t"], nil])
        let error = #expect(throws: DecodingError.self) {
            try TapeDecoder.decode(Record<Planned>.self, from: Data(#"{"Name":"a"}"#.utf8))
        }
        guard case .keyNotFound(let key, _) = error else {
            Issue.record("expected keyNotFound")
            return
        }
        #expect(key.stringValue == "Id")
    }

    /// Reads one object through two containers of different planned key types, in turns.
    struct TwoViews: Decodable {
        enum Left: String, CodingKey, CaseIterable { case a, b }
        enum Right: String, CodingKey, CaseIterable { case b, c, a }
        var values: [Int]

        init(from decoder: any Decoder) throws {
            let left = try decoder.container(keyedBy: Left.self)
            let right = try decoder.container(keyedBy: Right.self)
            values = [
                try left.decode(Int.self, forKey: .a), try right.decode(Int.self, forKey: .c),
                try left.decode(Int.self, forKey: .b), try right.decode(Int.self, forKey: .a),
            ]
        }
    }

    @Test("Two containers on one object with different plans read in turns see their own keys")
    func twoContainers() throws {
        let views = try TapeDecoder.decode(
            [TwoViews].self, from: Data(#"[{"a":1,"b":2,"c":3},{"c":6,"a":4,"b":5}]"#.utf8))
        #expect(views.map(\.values) == [[1, 3, 2, 1], [4, 6, 5, 4]])
    }

    /// A model whose key type is different for every `Tag`, to fill a decoder's plan cache.
    struct Tagged<Tag>: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable { case value = "v" }
        var value: Int
    }

    struct ManyTypes: Decodable {
        var sum = 0
        init(from decoder: any Decoder) throws {
            var list = try decoder.unkeyedContainer()
            for _ in 0..<3 {
                sum += try list.decode(Tagged<Int>.self).value + list.decode(Tagged<Int8>.self).value
                sum += try list.decode(Tagged<Int16>.self).value + list.decode(Tagged<Int32>.self).value
                sum += try list.decode(Tagged<Int64>.self).value + list.decode(Tagged<UInt>.self).value
                sum += try list.decode(Tagged<UInt8>.self).value + list.decode(Tagged<UInt16>.self).value
                sum += try list.decode(Tagged<UInt32>.self).value + list.decode(Tagged<UInt64>.self).value
                sum += try list.decode(Tagged<Float>.self).value + list.decode(Tagged<Double>.self).value
                sum += try list.decode(Tagged<String>.self).value + list.decode(Tagged<Bool>.self).value
                sum += try list.decode(Tagged<Character>.self).value + list.decode(Tagged<Data>.self).value
                sum += try list.decode(Tagged<Date>.self).value + list.decode(Tagged<URL>.self).value
                sum += try list.decode(Tagged<UUID>.self).value + list.decode(Tagged<Decimal>.self).value
            }
        }
    }

    @Test("More key types than a decoder caches still decode correctly")
    func manyKeyTypes() throws {
        let items = (1...60).map { #"{"x":0,"v":\#($0)}"# }.joined(separator: ",")
        #expect(try TapeDecoder.decode(ManyTypes.self, from: Data("[\(items)]".utf8)).sum == (1...60).reduce(0, +))
    }
}
