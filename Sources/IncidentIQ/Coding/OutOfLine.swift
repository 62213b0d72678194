/// An optional nested model stored out of line, in an immutable shared box, so the model that holds
/// it stays small.
///
/// A ticket or asset holds a dozen nested models (owner, location, model, status, …). Stored inline
/// they made each ticket about 3.4 KB, and every copy (out of the decoder, into an array, into a
/// caller's loop variable) moved all of it. Out of line, each costs one pointer, and a copy is a
/// retain. The box is never mutated: setting a new value makes a new box, so copies stay independent.
///
/// Models keep their public `Optional` properties; this is their private storage. It reads and
/// writes as the optional value itself, through the container overloads below, so a missing or null
/// key decodes as nil and nil is not encoded, exactly as for a plain optional property.
struct OutOfLine<Value: Codable & Hashable & Sendable>: Hashable, Sendable {
    private final class Box: Sendable {
        let value: Value

        init(_ value: Value) { self.value = value }
    }

    private let box: Box?

    init(_ value: Value?) {
        box = value.map(Box.init)
    }

    /// The stored value.
    var value: Value? { box?.value }

    static func == (lhs: OutOfLine, rhs: OutOfLine) -> Bool {
        lhs.box === rhs.box || lhs.value == rhs.value
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}

extension OutOfLine: Codable {
    /// Reads the value, or nil for a JSON null. Models read it through the keyed overload below.
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(container.decodeNil() ? nil : try container.decode(Value.self))
    }

    /// Writes the value, or a JSON null.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}

extension KeyedDecodingContainer {
    /// Reads an out-of-line model as the optional it stores: a missing or null key is nil.
    func decode<Value>(_ type: OutOfLine<Value>.Type, forKey key: Key) throws -> OutOfLine<Value> {
        OutOfLine(try decodeIfPresent(Value.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// Writes an out-of-line model as the optional it stores: nil is left out.
    mutating func encode<Value>(_ value: OutOfLine<Value>, forKey key: Key) throws {
        try encodeIfPresent(value.value, forKey: key)
    }
}
