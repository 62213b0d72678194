/// Where a catalogue entry applies: `All`, `System`, `Global`, `Site`, … Unknown values are kept.
public struct IIQScope: IIQOpenEnumeration {
    /// The value as IIQ sends it.
    public let rawValue: String
    /// Wraps any value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Everywhere.
    public static let all = IIQScope(rawValue: "All")
    /// Built into Incident IQ.
    public static let system = IIQScope(rawValue: "System")
    /// Shared across sites.
    public static let global = IIQScope(rawValue: "Global")
    /// This site only.
    public static let site = IIQScope(rawValue: "Site")
}
