import Foundation

/// A GUID as a model field reads it: what ``IIQIdentifier`` fields decode through.
///
/// It is not generic, so the SDK's decoder recognises it with one type comparison and parses the
/// GUID from the bytes on the tape without making a `String`; any other decoder goes through
/// `init(from:)`.
struct GUIDField: Decodable {
    var uuid: UUID

    init(uuid: UUID) { self.uuid = uuid }

    init(from decoder: any Decoder) throws {
        // The SDK's decoder reads the GUID from the string's bytes: no String is made.
        if let decoder = decoder as? TapeDecoder {
            self = try decoder.currentScalar.guidField()
            return
        }
        let container = try decoder.singleValueContainer()
        guard let uuid = GUID.parse(try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected a GUID.")
        }
        self.uuid = uuid
    }
}
