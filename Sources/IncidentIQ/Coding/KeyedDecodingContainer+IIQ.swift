import Foundation

// These overloads are picked by the compiler for every synthesized `Codable` model in this module,
// ahead of the generic `decodeIfPresent<T>`. They route every optional date through the one IIQ
// parser and turn IIQ's "unset" sentinels into nil, so models can use plain `Date?` and typed ids.
extension KeyedDecodingContainer {
    /// Reads an IIQ timestamp string or a .NET `Date` object; `0001-01-01T00:00:00` reads as nil.
    func decodeIfPresent(_ type: Date.Type, forKey key: Key) throws -> Date? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) {
            switch IIQDateParser.parse(text) {
            case .date(let date): return date
            case .none: return nil
            case .invalid:
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: self, debugDescription: "Expected an IIQ timestamp.")
            }
        }
        if let object = try? decode(IIQCalendarDate.self, forKey: key) {
            return object.date
        }
        throw DecodingError.typeMismatch(
            Date.self,
            DecodingError.Context(
                codingPath: codingPath + [key], debugDescription: "Expected an IIQ timestamp or Date object."))
    }

    /// Reads a GUID; the all-zero GUID, which IIQ uses for "unset" in nested objects, reads as nil.
    func decodeIfPresent<Entity>(_ type: IIQIdentifier<Entity>.Type, forKey key: Key) throws -> IIQIdentifier<Entity>? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        let id = try decode(IIQIdentifier<Entity>.self, forKey: key)
        return id.isEmpty ? nil : id
    }
}

// Live tenants send scalars in drifting types (`TrainingPercentComplete` as text, ticket numbers as
// numbers). An optional scalar of the wrong type is converted when that is lossless and read as nil
// otherwise, so one drifted field never fails a whole page.
extension KeyedDecodingContainer {
    /// Reads an integer; accepts integral numbers and numeric strings, reads anything else as nil.
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(Int.self, forKey: key) { return value }
        if let text = try? decode(String.self, forKey: key) { return Int(text.trimmingCharacters(in: .whitespaces)) }
        if let number = try? decode(Double.self, forKey: key), number.rounded() == number, abs(number) < 9e15 {
            return Int(number)
        }
        return nil
    }

    /// Reads a number; accepts numeric strings, reads anything else as nil.
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(Double.self, forKey: key) { return value }
        if let text = try? decode(String.self, forKey: key) { return Double(text.trimmingCharacters(in: .whitespaces)) }
        return nil
    }

    /// Reads a Boolean; accepts `0`/`1` and `"true"`/`"false"`, reads anything else as nil.
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(Bool.self, forKey: key) { return value }
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
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(String.self, forKey: key) { return value }
        if let number = try? decode(Int.self, forKey: key) { return String(number) }
        if let number = try? decode(Double.self, forKey: key) { return String(number) }
        if let flag = try? decode(Bool.self, forKey: key) { return String(flag) }
        return nil
    }
}
