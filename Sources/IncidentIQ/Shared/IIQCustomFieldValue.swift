import Foundation

/// The value of a custom field on a ticket, asset or user.
public struct IIQCustomFieldValue: Codable, Hashable, Sendable {
    /// The id of the asset.
    public var assetID: IIQAsset.ID?
    /// The complex value.
    public var complexValue: [IIQJSONValue]?
    /// The id of the custom field type.
    public var customFieldTypeID: IIQCustomFieldType.ID?
    /// The editor type.
    public var editorTypeID: Int?
    /// Whether the custom field value is hidden.
    public var isHidden: Bool?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The id of the ticket.
    public var ticketID: IIQTicket.ID?
    /// The id of the user.
    public var userID: IIQUser.ID?
    /// The value.
    public var value: String?

    /// Creates a custom field value with every property unset.
    public init() {}

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case assetID = "AssetId"
        case complexValue = "ComplexValue"
        case customFieldTypeID = "CustomFieldTypeId"
        case editorTypeID = "EditorTypeId"
        case isHidden = "IsHidden"
        case meta = "Meta"
        case ticketID = "TicketId"
        case userID = "UserId"
        case value = "Value"
        case unknownFields = "$unknownFields"
    }
}
