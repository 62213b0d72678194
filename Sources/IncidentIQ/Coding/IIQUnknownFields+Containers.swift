// Every model declares `unknownFields` as its last coding key, `$unknownFields`, a name IIQ's
// PascalCase keys never take. These overloads are what the models' synthesized conformances call
// for it:
// - Decoding asks the container for the key. The SDK's tape container answers with the object's
//   keys that the model's coding keys lack (see `TapeKeyedContainer.unknownFields(savedUnder:)`),
//   plus any saved under `$unknownFields` by an earlier encode. Any other decoder reads just the
//   saved ones, and finds none in IIQ's own JSON.
// - Encoding writes the fields under `$unknownFields` when there are any, so a model read, encoded
//   and read again, by either decoder, is the same model.
extension KeyedDecodingContainer {
    /// The keys of this object the model has no property for. Never throws: what cannot be kept is
    /// left out and reported as a drift.
    func decode(_ type: IIQUnknownFields.Type, forKey key: Key) throws -> IIQUnknownFields {
        do {
            return try plainDecodeIfPresent(IIQUnknownFields.self, forKey: key) ?? IIQUnknownFields()
        } catch {
            DecodingLog.drift(error, at: codingPath + [key], expected: IIQUnknownFields.self)
            return IIQUnknownFields()
        }
    }
}

extension KeyedEncodingContainer {
    /// Writes the fields as one object under the key, or nothing when there are none.
    mutating func encode(_ value: IIQUnknownFields, forKey key: Key) throws {
        guard !value.isEmpty else { return }
        try encode(value.values, forKey: key)
    }
}

extension IIQUnknownFields {
    /// The raw value of every model's `unknownFields` coding key, where an encoded model keeps them.
    static let codingKey = "$unknownFields"
}
