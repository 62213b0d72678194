import Foundation

/// One item of a ticket activity: a comment, a resolution action, or another kind.
///
/// IIQ writes a .NET `$type` discriminator on each item; ``typeName`` keeps it, and ``type`` holds
/// `TicketActivityTypeId`. Fields that belong to other kinds are `nil`.
public struct IIQTicketActivityItem: Codable, Hashable, Sendable {
    /// The .NET type name, such as `Spark.Shared.Models.TicketActivityComment, Spark.Shared`.
    public var typeName: String?
    /// The kind of item.
    public var type: IIQActivityType?
    /// The id of the activity the item belongs to.
    public var ticketActivityID: IIQTicketActivity.ID?
    /// Whether requestors can see the item.
    public var isPublic: Bool?
    /// When the item was created, in UTC.
    public var createdDate: Date?
    /// When the item was last changed, in UTC.
    public var modifiedDate: Date?
    /// The comment text, for comments.
    public var comments: String?
    /// The id of the resolution action taken, for resolution actions (`ResolutionActionId`), from
    /// the site's list of fixes. A plain `UUID`: the SDK does not model resolution actions.
    public var resolutionActionID: UUID?
    /// When the action happened, for resolution actions.
    public var activityDate: Date?
    /// Who did the action, for resolution actions.
    public var byUserID: IIQUser.ID?
    /// Notes, for resolution actions.
    public var notes: String?
    /// The effort in minutes, for resolution actions.
    public var effort: Double?

    /// The `$type` IIQ expects on a comment.
    public static let commentTypeName = "Spark.Shared.Models.TicketActivityComment, Spark.Shared"
    /// The `$type` IIQ expects on a resolution action.
    public static let actionTypeName = "Spark.Shared.Models.TicketActivityAction, Spark.Shared"

    /// A comment item, as ``IIQTicketsAPI/addComment(_:to:isPublic:options:)`` sends it.
    public static func comment(_ text: String, isPublic: Bool) -> IIQTicketActivityItem {
        var item = IIQTicketActivityItem()
        item.typeName = commentTypeName
        item.type = .comment
        item.comments = text
        item.isPublic = isPublic
        return item
    }

    /// Creates an item with every property unset.
    public init() {}

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case typeName = "$type"
        case type = "TicketActivityTypeId"
        case ticketActivityID = "TicketActivityId"
        case isPublic = "IsPublic"
        case createdDate = "CreatedDate"
        case modifiedDate = "ModifiedDate"
        case comments = "Comments"
        case resolutionActionID = "ResolutionActionId"
        case activityDate = "ActivityDate"
        case byUserID = "ByUserId"
        case notes = "Notes"
        case effort = "Effort"
        case unknownFields = "$unknownFields"
    }
}
