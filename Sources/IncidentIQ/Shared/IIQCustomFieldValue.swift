import Foundation

/// The value of a custom field on a ticket, asset or user.
public struct IIQCustomFieldValue: Codable, Hashable, Sendable {
    /// The id of the asset the value belongs to, on an asset's values.
    public var assetID: IIQAsset.ID?
    /// The structured value of a complex field (`ComplexValue`), such as the users an IIQ-user
    /// field holds, passed through untyped.
    public var complexValue: [IIQJSONValue]?
    /// The id of the field type the value is for (`CustomFieldTypeId`);
    /// ``IIQCustomFieldDefinitions`` finds the field by it.
    public var customFieldTypeID: IIQCustomFieldType.ID?
    /// The number of the editor the field uses (`EditorTypeId`), such as 1 for text or 9 for a
    /// select. Live values carry it; the spec does not.
    public var editorTypeID: Int?
    /// Whether the value's field is hidden from forms (`IsHidden`); live values carry it, the spec does not.
    public var isHidden: Bool?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The id of the ticket the value belongs to, on a ticket's values.
    public var ticketID: IIQTicket.ID?
    /// The id of the user the value belongs to, on a user's values.
    public var userID: IIQUser.ID?
    /// The value as text (`Value`): the whole value of a text, number, date or select field, and
    /// JSON text for many complex ones.
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
