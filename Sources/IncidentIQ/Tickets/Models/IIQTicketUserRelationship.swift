/// How a user relates to a ticket: `For`, `Owner`, `Agent`, `Team` or `Follower`. Unknown values are kept.
public struct IIQTicketUserRelationship: IIQOpenEnumeration {
    /// The value as IIQ sends it.
    public let rawValue: String
    /// Wraps any value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The requestor.
    public static let requestor = IIQTicketUserRelationship(rawValue: "For")
    /// The submitter.
    public static let owner = IIQTicketUserRelationship(rawValue: "Owner")
    /// The assigned agent.
    public static let agent = IIQTicketUserRelationship(rawValue: "Agent")
    /// A member of the assigned team.
    public static let team = IIQTicketUserRelationship(rawValue: "Team")
    /// A follower.
    public static let follower = IIQTicketUserRelationship(rawValue: "Follower")
}
