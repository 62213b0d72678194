/// The kind of a ticket activity item (`ActivityTypes`, an integer). Unknown values are kept.
public struct IIQActivityType: IIQOpenEnumeration {
    /// The value as IIQ sends it.
    public let rawValue: Int
    /// Wraps any value.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `0`: other.
    public static let other = IIQActivityType(rawValue: 0)
    /// `5`: the ticket was created.
    public static let ticketCreated = IIQActivityType(rawValue: 5)
    /// `6`: a comment.
    public static let comment = IIQActivityType(rawValue: 6)
    /// `7`: a rule ran.
    public static let ruleExecuted = IIQActivityType(rawValue: 7)
    /// `8`: a resolution action.
    public static let resolutionAction = IIQActivityType(rawValue: 8)
    /// `9`: the ticket was cancelled.
    public static let ticketCanceled = IIQActivityType(rawValue: 9)
    /// `10`: the ticket was resolved.
    public static let ticketResolved = IIQActivityType(rawValue: 10)
    /// `20`: an email.
    public static let email = IIQActivityType(rawValue: 20)
}
