import Foundation

/// The SDK's one JSON setup. IIQ keys are spelled out in each model's `CodingKeys`, and dates go
/// through ``IIQDateParser`` both ways. The encoder is made once and reused.
enum IIQJSON {
    /// Decodes an SDK model or envelope with ``TapeDecoder``: IIQ dates through ``IIQDateParser``,
    /// GUIDs from bytes, one pass over the JSON.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try TapeDecoder.decode(type, from: data)
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(IIQDateParser.string(from: date))
        }
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()
}
