import Foundation

/// An IIQ timestamp as a model field reads it: a string for ``IIQDateParser``, or the .NET `Date`
/// object (``IIQCalendarDate``) the spec uses for asset lifecycle dates.
///
/// Not generic, so the SDK's decoder recognises it with one type comparison and parses the
/// timestamp from the bytes on the tape without making a `String`.
struct TimestampField: Decodable {
    var result: IIQDateParser.Result

    init(result: IIQDateParser.Result) { self.result = result }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            result = IIQDateParser.parse(text)
        } else if let object = try? container.decode(IIQCalendarDate.self) {
            result = object.result
        } else {
            throw DecodingError.typeMismatch(
                Date.self,
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: "Expected an IIQ timestamp or Date object."))
        }
    }
}
