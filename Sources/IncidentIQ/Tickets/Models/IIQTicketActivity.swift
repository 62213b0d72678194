import Foundation

/// An entry in a ticket's history: a comment, an action, an email.
public struct IIQTicketActivity: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of an activity.
    public typealias ID = IIQIdentifier<IIQTicketActivity>

    /// The activity's id (`TicketActivityId`), the one key every activity has.
    public var id: ID
    /// What happened in the activity: a comment, a status change, a resolution action and so on,
    /// one item each.
    public var activityItems: [IIQTicketActivityItem]?
    /// When the activity was created in IIQ, in UTC; `nil` when IIQ sent none.
    public var createdDate: Date?
    /// The `ExecutionContextId` IIQ sends. IIQ does not document it; it seems to group activities
    /// one action caused.
    public var executionContextID: Int?
    /// The `ExecutionContextIndex` IIQ sends. IIQ does not document it; it seems to order
    /// activities within ``executionContextID``.
    public var executionContextIndex: Int?
    /// Whether the requester sees the activity; an internal note is not public.
    public var isPublic: Bool?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// When the activity was last changed in IIQ, in UTC; `nil` when IIQ sent none.
    public var modifiedDate: Date?
    /// The user in ``ownerID``, when IIQ nests them.
    public var owner: IIQSimpleUser?
    /// The id of the user who did what the activity records.
    public var ownerID: IIQUser.ID?
    /// The id of the product (module) the activity belongs to (`ProductId`), such as Ticketing's;
    /// ``IIQProduct/init(id:)`` turns it into the product to scope calls with.
    public var productID: IIQProduct.ID?
    /// The id of the site (the district's tenant) the activity belongs to (`SiteId`).
    public var siteID: IIQSite.ID?
    /// Where the activity sorts in the ticket's history.
    public var sortOrder: Int?
    /// The id of the ticket the activity belongs to.
    public var ticketID: IIQTicket.ID?
    /// The subject of the ticket in ``ticketID``, on activity feeds that span tickets.
    public var ticketSubject: String?

    /// Creates an activity with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "TicketActivityId"
        case activityItems = "ActivityItems"
        case createdDate = "CreatedDate"
        case executionContextID = "ExecutionContextId"
        case executionContextIndex = "ExecutionContextIndex"
        case isPublic = "IsPublic"
        case meta = "Meta"
        case modifiedDate = "ModifiedDate"
        case owner = "Owner"
        case ownerID = "OwnerId"
        case productID = "ProductId"
        case siteID = "SiteId"
        case sortOrder = "SortOrder"
        case ticketID = "TicketId"
        case ticketSubject = "TicketSubject"
        case unknownFields = "$unknownFields"
    }
}

extension IIQTicketActivity: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
