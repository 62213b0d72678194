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
