/// A set of named values the server can add to, such as ``IIQPortal`` or ``IIQTicketSchema``.
///
/// Decoding never fails on a value the SDK does not know: it is kept as `rawValue`, so
/// `Portal: 0` from a live tenant decodes as `IIQPortal(rawValue: 0)` instead of failing the page.
public protocol IIQOpenEnumeration: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible
where RawValue: Codable & Hashable & Sendable & CustomStringConvertible {
    /// Wraps any raw value, known or not.
    init(rawValue: RawValue)
}

extension IIQOpenEnumeration {
    /// Reads the raw value.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(RawValue.self))
    }

    /// Writes the raw value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The raw value.
    public var description: String { rawValue.description }
}
