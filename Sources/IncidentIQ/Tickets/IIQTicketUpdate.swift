import Foundation

/// Changes to a ticket, for ``IIQTicketsAPI/update(_:with:options:)``. Only what you set is sent.
public struct IIQTicketUpdate: Hashable, Sendable, Encodable {
    /// A new subject line.
    public var subject: String?
    /// A new description.
    public var issueDescription: String?
    /// A new issue.
    public var issueID: IIQIssue.ID?
    /// A new location.
    public var locationID: IIQLocation.ID?
    /// A new room.
    public var locationRoomID: IIQRoom.ID?
    /// A new due date.
    public var dueDate: Date?
    /// Marks the ticket urgent or not.
    public var isUrgent: Bool?
    /// Marks the ticket sensitive or not.
    public var hasSensitiveInformation: Bool?
    /// New custom field values; sets `UpdateCustomFields`.
    public var customFieldValues: [IIQCustomFieldValue]? {
        didSet { updatesCustomFields = customFieldValues == nil ? nil : true }
    }
    /// `UpdateCustomFields`, which IIQ needs beside `CustomFieldValues`; kept in step by `customFieldValues`.
    private var updatesCustomFields: Bool?
    /// Whether IIQ runs its rules after the update (`RunRules`).
    public var runsRules: Bool?
    /// Whether IIQ sends emails about the update (`SendEmails`).
    public var sendsEmails: Bool?

    /// Creates an empty update; set the properties to change.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case subject = "Subject"
        case issueDescription = "IssueDescription"
        case issueID = "IssueId"
        case locationID = "LocationId"
        case locationRoomID = "LocationRoomId"
        case dueDate = "DueDate"
        case isUrgent = "IsUrgent"
        case hasSensitiveInformation = "HasSensitiveInformation"
        case customFieldValues = "CustomFieldValues"
        case updatesCustomFields = "UpdateCustomFields"
        case runsRules = "RunRules"
        case sendsEmails = "SendEmails"
    }

}
