import Foundation

// Foundation writes a `UUID` in uppercase. IIQ writes GUIDs in lowercase, and so does
// ``IIQIdentifier``, so a model that kept a plain `UUID` (an id of something the SDK does not model)
// would mix cases in one record. These overloads are picked by the compiler for every synthesized
// `Encodable` model in this module, ahead of the generic `encode<T>`, as the decoding overloads in
// `KeyedDecodingContainer+IIQ.swift` are, so every GUID a model writes is lowercase, whichever
// encoder writes it.
extension KeyedEncodingContainer {
    /// Writes a GUID in lowercase, as IIQ does.
    mutating func encode(_ value: UUID, forKey key: Key) throws {
        try encode(value.uuidString.lowercased(), forKey: key)
    }

    /// Writes a GUID in lowercase, as IIQ does; nothing when it is `nil`.
    mutating func encodeIfPresent(_ value: UUID?, forKey key: Key) throws {
        guard let value else { return }
        try encode(value.uuidString.lowercased(), forKey: key)
    }
}
