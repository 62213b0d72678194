/// The portal a user sees. IIQ sends an integer; live tenants also send `0`, which is kept.
public struct IIQPortal: IIQOpenEnumeration {
    /// The value as IIQ sends it.
    public let rawValue: Int
    /// Wraps any value.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `0`: sent by live tenants though the spec does not list it.
    public static let none = IIQPortal(rawValue: 0)
    /// `1`: a requestor, who submits tickets.
    public static let requestor = IIQPortal(rawValue: 1)
    /// `2`: an agent, who works tickets.
    public static let agent = IIQPortal(rawValue: 2)
    /// `3`: an Incident IQ administrator.
    public static let administrator = IIQPortal(rawValue: 3)
}
