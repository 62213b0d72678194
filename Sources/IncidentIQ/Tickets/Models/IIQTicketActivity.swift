import Foundation

/// An entry in a ticket's history: a comment, an action, an email.
public struct IIQTicketActivity: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of an activity.
    public typealias ID = IIQIdentifier<IIQTicketActivity>

    /// The activity's id (`TicketActivityId`), the one key every activity has.
    public var id: ID
    /// The activity items.
    public var activityItems: [IIQTicketActivityItem]?
    /// The created date, in UTC; `nil` when IIQ sent none.
    public var createdDate: Date?
    /// The execution context.
    public var executionContextID: Int?
    /// The execution context index.
    public var executionContextIndex: Int?
    /// Whether the activity is public.
    public var isPublic: Bool?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The modified date, in UTC; `nil` when IIQ sent none.
    public var modifiedDate: Date?
    /// The owner.
    public var owner: IIQSimpleUser?
    /// The id of the owner.
    public var ownerID: IIQUser.ID?
    /// The id of the product.
    public var productID: IIQProduct.ID?
    /// The id of the site.
    public var siteID: IIQSite.ID?
    /// The sort order.
    public var sortOrder: Int?
    /// The id of the ticket.
    public var ticketID: IIQTicket.ID?
    /// The ticket subject.
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
