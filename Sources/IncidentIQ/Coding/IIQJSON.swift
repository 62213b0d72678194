import Foundation

/// The SDK's one JSON setup. Coders are made once and reused: IIQ keys are spelled out in each
/// model's `CodingKeys`, dates go through ``IIQDateParser``.
enum IIQJSON {
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard case .date(let date) = IIQDateParser.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected an IIQ timestamp.")
            }
            return date
        }
        return decoder
    }()

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
