/// An Incident IQ API token: a secret that is never printed.
///
/// `description`, `debugDescription`, string interpolation and `dump` all show `<redacted>`.
/// The SDK reads the raw value only to build the `Authorization` header.
public struct IIQToken: Sendable, Hashable {
    let rawValue: String

    /// Wraps a token string exactly as Incident IQ issued it.
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

extension IIQToken: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Always `IIQToken(<redacted>)`.
    public var description: String { "IIQToken(<redacted>)" }
    /// Always `IIQToken(<redacted>)`.
    public var debugDescription: String { description }
    /// A mirror with no children, so `dump` cannot reveal the value.
    public var customMirror: Mirror { Mirror(self, children: ["value": "<redacted>"]) }
}
