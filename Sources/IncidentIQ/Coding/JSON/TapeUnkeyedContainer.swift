/// A JSON array on the tape, read front to back.
///
/// Its stored fields fit the three words of an existential's inline buffer (tape indices fit `Int32`:
/// see ``TapeScanner``), so `unkeyedContainer()` allocates nothing; an array of ids or custom field
/// values is read for the cost of its elements.
struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
    /// Unretained: see "Lifetime" on ``TapeDecoder``.
    unowned(unsafe) let decoder: TapeDecoder
    /// The tape index of the array.
    private let array: Int32
    private let storedDepth: Int32
    /// The tape index of the next element.
    private var position: Int32
    private var storedIndex: Int32 = 0

    init(decoder: TapeDecoder, array: Int, depth: Int) {
        self.decoder = decoder
        self.array = Int32(truncatingIfNeeded: array)
        storedDepth = Int32(truncatingIfNeeded: depth)
        position = self.array + 1
    }

    var depth: Int { Int(storedDepth) }
    var currentIndex: Int { Int(storedIndex) }
    var count: Int? { Int(decoder.tape.entries[Int(array)].start) }
    var codingPath: [any CodingKey] { decoder.path(toDepth: depth) }
    var isAtEnd: Bool { Int(position) >= end }

    /// The tape index just past the array.
    private var end: Int { Int(decoder.tape.entries[Int(array)].extent) }

    /// The step to the next element, for coding paths.
    private var elementStep: PathStep { .element(currentIndex) }

    /// The next element's index; throws `valueNotFound` at the end.
    private func next(_ type: Any.Type) throws -> Int {
        guard Int(position) < end else {
            throw DecodingError.valueNotFound(
                type,
                DecodingError.Context(
                    codingPath: codingPath + [IndexKey(currentIndex)], debugDescription: "Unkeyed container is at end.")
            )
        }
        return Int(position)
    }

    private mutating func advance() {
        position = Int32(truncatingIfNeeded: decoder.tape.end(of: Int(position)))
        storedIndex += 1
    }

    private mutating func read<T>(_ type: T.Type, _ body: (TapeScalar) throws -> T) throws -> T {
        let scalar = TapeScalar(decoder: decoder, index: try next(type), depth: depth, step: elementStep)
        let value = try body(scalar)
        advance()
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard decoder.tape.entries[try next(Never.self)].kind == .null else { return false }
        advance()
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try decoder.decode(type, at: try next(type), step: elementStep)
        advance()
        return value
    }

    mutating func decode(_ type: String.Type) throws -> String { try read(type) { try $0.string() } }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try read(type) { try $0.bool() } }
    mutating func decode(_ type: Double.Type) throws -> Double { try read(type) { try $0.floatingPoint(type) } }
    mutating func decode(_ type: Float.Type) throws -> Float { try read(type) { try $0.floatingPoint(type) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try read(type) { try $0.integer(type) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try read(type) { try $0.integer(type) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try read(type) { try $0.integer(type) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try read(type) { try $0.integer(type) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try read(type) { try $0.integer(type) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try read(type) { try $0.integer(type) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try read(type) { try $0.integer(type) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try read(type) { try $0.integer(type) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try read(type) { try $0.integer(type) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try read(type) { try $0.integer(type) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<
        NestedKey
    > {
        let nested = try detached()
        return try nested.container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let nested = try detached()
        return try nested.unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try detached()
    }

    /// A decoder of its own for the next element, since a nested container outlives this call.
    private mutating func detached() throws -> TapeDecoder {
        let nested = decoder.detached(at: try next(Any.self), path: codingPath + [IndexKey(currentIndex)])
        advance()
        return nested
    }
}

/// An array position in a coding path: `Items[3]`.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}
