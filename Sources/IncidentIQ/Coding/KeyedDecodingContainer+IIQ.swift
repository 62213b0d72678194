import Foundation

// These overloads are picked by the compiler for every synthesized `Codable` model in this module,
// ahead of the generic `decodeIfPresent<T>`. They route every optional date through the one IIQ
// parser and turn IIQ's "unset" sentinels into nil, so models can use plain `Date?` and typed ids.
//
// Every optional field is lenient: a value that cannot be read as the field's type reads as nil and
// is reported to the ``DecodingLog`` in scope as an ``IIQFieldDrift``. It is never turned into a
// different value. The wrappers are inlined into each model's synthesized `init(from:)`, so the
// leniency costs a `do`/`catch` per field, not a generic call.
extension KeyedDecodingContainer {
    /// Reads an IIQ timestamp string or a .NET `Date` object; `0001-01-01T00:00:00` reads as nil.
    /// Anything else that is not a date (`""`, a number, `/Date(…)/`, Feb 30) reads as nil, reported.
    @inline(__always)
    func decodeIfPresent(_ type: Date.Type, forKey key: Key) throws -> Date? {
        let field: TimestampField?
        do {
            field = try plainDecodeIfPresent(TimestampField.self, forKey: key)
        } catch {
            DecodingLog.drift(error, at: codingPath + [key], expected: Date.self)
            return nil
        }
        guard let field else { return nil }
        switch field.result {
        case .date(let date): return date
        case .none: return nil
        case .invalid:
            DecodingLog.drift("not an IIQ timestamp", at: codingPath + [key], expected: Date.self)
            return nil
        }
    }

    /// Reads a GUID; the all-zero GUID, IIQ's "unset", reads as nil. A value that is not a GUID
    /// (`""`, braced, too long) reads as nil, reported.
    @inline(__always)
    func decodeIfPresent<Entity>(_ type: IIQIdentifier<Entity>.Type, forKey key: Key) throws -> IIQIdentifier<Entity>? {
        let field: GUIDField?
        do {
            field = try plainDecodeIfPresent(GUIDField.self, forKey: key)
        } catch {
            DecodingLog.drift(error, at: codingPath + [key], expected: IIQIdentifier<Entity>.self)
            return nil
        }
        guard let field else { return nil }
        let id = IIQIdentifier<Entity>(field.uuid)
        return id.isEmpty ? nil : id
    }

    /// Reads an entity's own id, through the same non-generic path as the optional form.
    ///
    /// When the single `Item` of a `get(id)` lacks its id, or sends one that is not a GUID, the id
    /// the call asked for is used instead and the fill is reported as a drift.
    func decode<Entity>(_ type: IIQIdentifier<Entity>.Type, forKey key: Key) throws -> IIQIdentifier<Entity> {
        do {
            return IIQIdentifier(try plainDecode(GUIDField.self, forKey: key).uuid)
        } catch {
            guard let requested = DecodingLog.current?.requestedID,
                requested.entity == ObjectIdentifier(Entity.self),
                codingPath.count == 1, codingPath[0].stringValue == "Item"
            else { throw error }
            DecodingLog.drift(
                DecodingProblem(error).problem + ", filled from the request", at: codingPath + [key],
                expected: IIQIdentifier<Entity>.self)
            return IIQIdentifier(requested.uuid)
        }
    }

    /// Reads any other optional value, a nested model or an array included: a value that cannot be
    /// read as `T` (a string where an object belongs, an object where an array belongs, a `null`
    /// inside an array of ids, a nested object without its id) reads as nil, reported.
    @inline(__always)
    func decodeIfPresent<T: Decodable & Sendable>(_ type: T.Type, forKey key: Key) throws -> T? {
        do {
            return try plainDecodeIfPresent(type, forKey: key)
        } catch {
            DecodingLog.drift(error, at: codingPath + [key], expected: T.self)
            return nil
        }
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
// otherwise, reported, so one drifted field never fails a whole page.
extension KeyedDecodingContainer {
    /// Reads an integer exactly; accepts integral numbers and integer text, reads anything else
    /// (a fraction, a number out of range) as nil, reported.
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        do { return try Self.ownDecodeIfPresent(Int.self, in: self, forKey: key) } catch {}
        if let text = try? decode(String.self, forKey: key), let value = Int(text.trimmingCharacters(in: .whitespaces))
        {
            return value
        }
        DecodingLog.drift("not an integer that fits", at: codingPath + [key], expected: Int.self)
        return nil
    }

    /// Reads a finite number; accepts numeric text, reads anything else (`1e400`, `1e-400`, `"NaN"`)
    /// as nil, reported.
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        do { return try Self.ownDecodeIfPresent(Double.self, in: self, forKey: key) } catch {}
        if let text = try? decode(String.self, forKey: key),
            let value = JSONNumberReader.finiteDouble(text.trimmingCharacters(in: .whitespaces))
        {
            return value
        }
        DecodingLog.drift("not a number that fits", at: codingPath + [key], expected: Double.self)
        return nil
    }

    /// Reads a Boolean; accepts `0`/`1` and `"true"`/`"false"`, reads anything else as nil, reported.
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        do { return try Self.ownDecodeIfPresent(Bool.self, in: self, forKey: key) } catch {}
        if let number = try? decode(Int.self, forKey: key), number == 0 || number == 1 { return number == 1 }
        if let text = try? decode(String.self, forKey: key) {
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        DecodingLog.drift("not a Boolean", at: codingPath + [key], expected: Bool.self)
        return nil
    }

    /// Reads a string; an integer or a Boolean is read as its text. Anything else (a fraction, an
    /// integer past `Int`, an object) reads as nil, reported: a number is never rendered through
    /// `Double`, which would change its digits.
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        do { return try Self.ownDecodeIfPresent(String.self, in: self, forKey: key) } catch {}
        if let number = try? decode(Int.self, forKey: key) { return String(number) }
        if let flag = try? decode(Bool.self, forKey: key) { return String(flag) }
        DecodingLog.drift("not text", at: codingPath + [key], expected: String.self)
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
