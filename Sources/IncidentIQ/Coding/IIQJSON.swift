import Foundation

/// The SDK's one JSON setup. IIQ keys are spelled out in each model's `CodingKeys`, and dates go
/// through ``IIQDateParser`` both ways. The encoder is made once and reused.
enum IIQJSON {
    /// Decodes an SDK model or envelope with ``TapeDecoder``: IIQ dates through ``IIQDateParser``,
    /// GUIDs from bytes, one pass over the JSON.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try TapeDecoder.decode(type, from: data)
    }

    /// Decodes a caller's own type (a raw call's answer) with Foundation's `JSONDecoder`, which keeps
    /// its containers alive for as long as anything holds them, so it is safe for any `Decodable`:
    /// one that keeps a container or the decoder past `init(from:)` included. ``TapeDecoder`` is not
    /// (its containers hold the decoder and the tape `unowned(unsafe)`) and is never used for them.
    ///
    /// `Date` reads IIQ timestamps through ``IIQDateParser`` as the SDK's models do; the .NET
    /// "no date", `0001-01-01T00:00:00`, reads as the distant past.
    static func decodeCallerType<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            switch IIQDateParser.parse(text) {
            case .date(let date): return date
            case .none: return .distantPast
            case .invalid:
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an IIQ timestamp")
            }
        }
        return try decoder.decode(type, from: data)
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
