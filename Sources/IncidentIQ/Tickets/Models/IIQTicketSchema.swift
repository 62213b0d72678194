/// Which tickets a search starts from (`Schema`): all, open, closed, assigned to me, …
///
/// An open set: any value IIQ accepts can be given with ``init(rawValue:)``.
public struct IIQTicketSchema: IIQOpenEnumeration {
    /// The value as IIQ spells it.
    public let rawValue: String
    /// Wraps any value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `All`.
    public static let all = IIQTicketSchema(rawValue: "All")
    /// `Open`.
    public static let open = IIQTicketSchema(rawValue: "Open")
    /// `OpenWithModify`.
    public static let openWithModify = IIQTicketSchema(rawValue: "OpenWithModify")
    /// `Closed`.
    public static let closed = IIQTicketSchema(rawValue: "Closed")
    /// `AssignedToMe`: assigned to the token's user.
    public static let assignedToMe = IIQTicketSchema(rawValue: "AssignedToMe")
    /// `Unassigned`.
    public static let unassigned = IIQTicketSchema(rawValue: "Unassigned")
    /// `AssignedToMe_Unassigned`.
    public static let assignedToMeOrUnassigned = IIQTicketSchema(rawValue: "AssignedToMe_Unassigned")
    /// `WaitingOnRequestor`.
    public static let waitingOnRequestor = IIQTicketSchema(rawValue: "WaitingOnRequestor")
    /// `Canceled`.
    public static let canceled = IIQTicketSchema(rawValue: "Canceled")
    /// `Deleted`.
    public static let deleted = IIQTicketSchema(rawValue: "Deleted")
}
