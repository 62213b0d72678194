/// One value on the tape, read whole.
struct TapeSingleValueContainer: SingleValueDecodingContainer {
    /// Unretained: see "Lifetime" on ``TapeDecoder``.
    unowned(unsafe) let decoder: TapeDecoder
    let index: Int
    let depth: Int

    var codingPath: [any CodingKey] { decoder.path(toDepth: depth) }

    private var scalar: TapeScalar { TapeScalar(decoder: decoder, index: index, depth: depth, step: nil) }

    func decodeNil() -> Bool { scalar.isNull }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let inPlace = InPlaceType(T.self), scalar.readsInPlace(inPlace) {
            return try scalar.decode(inPlace, as: T.self)
        }
        return try T(from: decoder)
    }

    func decode(_ type: String.Type) throws -> String { try scalar.string() }
    func decode(_ type: Bool.Type) throws -> Bool { try scalar.bool() }
    func decode(_ type: Double.Type) throws -> Double { try scalar.floatingPoint(type) }
    func decode(_ type: Float.Type) throws -> Float { try scalar.floatingPoint(type) }
    func decode(_ type: Int.Type) throws -> Int { try scalar.integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try scalar.integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try scalar.integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try scalar.integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try scalar.integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try scalar.integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try scalar.integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try scalar.integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try scalar.integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try scalar.integer(type) }
}
