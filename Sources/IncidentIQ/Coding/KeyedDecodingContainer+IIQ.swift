import Foundation

// These overloads are picked by the compiler for every synthesized `Codable` model in this module,
// ahead of the generic `decodeIfPresent<T>`. They route every optional date through the one IIQ
// parser and turn IIQ's "unset" sentinels into nil, so models can use plain `Date?` and typed ids.
extension KeyedDecodingContainer {
    /// Reads an IIQ timestamp string or a .NET `Date` object; `0001-01-01T00:00:00` reads as nil.
    func decodeIfPresent(_ type: Date.Type, forKey key: Key) throws -> Date? {
        guard let field = try plainDecodeIfPresent(TimestampField.self, forKey: key) else { return nil }
        switch field.result {
        case .date(let date): return date
        case .none: return nil
        case .invalid:
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "Expected an IIQ timestamp.")
        }
    }

    /// Reads a GUID; the all-zero GUID, IIQ's "unset", reads as nil.
    func decodeIfPresent<Entity>(_ type: IIQIdentifier<Entity>.Type, forKey key: Key) throws -> IIQIdentifier<Entity>? {
        guard let field = try plainDecodeIfPresent(GUIDField.self, forKey: key) else { return nil }
        let id = IIQIdentifier<Entity>(field.uuid)
        return id.isEmpty ? nil : id
    }

    /// Reads a GUID, through the same non-generic path as the optional form.
    func decode<Entity>(_ type: IIQIdentifier<Entity>.Type, forKey key: Key) throws -> IIQIdentifier<Entity> {
        IIQIdentifier(try plainDecode(GUIDField.self, forKey: key).uuid)
    }

    /// The standard library's `decode`, called from a generic context so it never resolves to the
    /// overloads in this file.
    @inline(__always)
    func plainDecode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decode(type, forKey: key)
    }

    /// The standard library's `decodeIfPresent`, which reads the key once. Called from a generic
    /// context, so it never resolves to the overloads in this file.
    @inline(__always)
    func plainDecodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try decodeIfPresent(type, forKey: key)
    }
}

// Live tenants send scalars in drifting types (`TrainingPercentComplete` as text, ticket numbers as
// numbers). An optional scalar of the wrong type is converted when that is lossless and read as nil
// otherwise, so one drifted field never fails a whole page.
extension KeyedDecodingContainer {
    /// Reads an integer; accepts integral numbers and numeric strings, reads anything else as nil.
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        do { return try Self.ownDecodeIfPresent(Int.self, in: self, forKey: key) } catch {}
        if let text = try? decode(String.self, forKey: key) { return Int(text.trimmingCharacters(in: .whitespaces)) }
        if let number = try? decode(Double.self, forKey: key), number.rounded() == number, abs(number) < 9e15 {
            return Int(number)
        }
        return nil
    }

    /// Reads a number; accepts numeric strings, reads anything else as nil.
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        do { return try Self.ownDecodeIfPresent(Double.self, in: self, forKey: key) } catch {}
        if let text = try? decode(String.self, forKey: key) { return Double(text.trimmingCharacters(in: .whitespaces)) }
        return nil
    }

    /// Reads a Boolean; accepts `0`/`1` and `"true"`/`"false"`, reads anything else as nil.
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        do { return try Self.ownDecodeIfPresent(Bool.self, in: self, forKey: key) } catch {}
        if let number = try? decode(Int.self, forKey: key), number == 0 || number == 1 { return number == 1 }
        if let text = try? decode(String.self, forKey: key) {
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default: return nil
            }
        }
        return nil
    }

    /// Reads a string; a number or Boolean is read as its text, anything else as nil.
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        do { return try Self.ownDecodeIfPresent(String.self, in: self, forKey: key) } catch {}
        if let number = try? decode(Int.self, forKey: key) { return String(number) }
        if let number = try? decode(Double.self, forKey: key) { return String(number) }
        if let flag = try? decode(Bool.self, forKey: key) { return String(flag) }
        return nil
    }
}

// The container's own `decodeIfPresent` for the four scalar types, reached through the protocol so
// that the call never resolves to the lenient overloads above and the decoder's concrete
// implementation answers (no generic dispatch, one key lookup).
extension KeyedDecodingContainer {
    @inline(__always)
    static func ownDecodeIfPresent<C: KeyedDecodingContainerProtocol>(
        _ type: String.Type, in container: C, forKey key: C.Key
    ) throws -> String? {
        try container.decodeIfPresent(type, forKey: key)
    }

    @inline(__always)
    static func ownDecodeIfPresent<C: KeyedDecodingContainerProtocol>(
        _ type: Int.Type, in container: C, forKey key: C.Key
    ) throws -> Int? {
        try container.decodeIfPresent(type, forKey: key)
    }

    @inline(__always)
    static func ownDecodeIfPresent<C: KeyedDecodingContainerProtocol>(
        _ type: Double.Type, in container: C, forKey key: C.Key
    ) throws -> Double? {
        try container.decodeIfPresent(type, forKey: key)
    }

    @inline(__always)
    static func ownDecodeIfPresent<C: KeyedDecodingContainerProtocol>(
        _ type: Bool.Type, in container: C, forKey key: C.Key
    ) throws -> Bool? {
        try container.decodeIfPresent(type, forKey: key)
    }
}
