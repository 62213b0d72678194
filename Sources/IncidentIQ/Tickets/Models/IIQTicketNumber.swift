/// The number people see on a ticket, such as `39181`.
///
/// The spec and live tenants send it as a string; some clients have seen a number. Both decode.
public struct IIQTicketNumber: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral, ExpressibleByIntegerLiteral
{
    /// The number as text.
    public let rawValue: String

    /// Wraps a ticket number.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps a ticket number.
    public init(stringLiteral value: String) { self.rawValue = value }
    /// Wraps a ticket number.
    public init(integerLiteral value: Int) { self.rawValue = String(value) }

    /// Reads a string or a number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Text first: the spec and live tenants send text, so the usual read throws nothing.
        if let text = try? container.decode(String.self) {
            rawValue = text
        } else {
            rawValue = String(try container.decode(Int.self))
        }
    }

    /// Writes the number as a string, as IIQ does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The number as text.
    public var description: String { rawValue }
}
