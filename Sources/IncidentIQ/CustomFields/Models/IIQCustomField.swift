import Foundation

/// A custom field as it is set up for assets, tickets or users (`CustomField`): a
/// ``IIQCustomFieldType`` placed on an entity, with its rules.
///
/// Values name the field by its type's id, ``typeID``; ``name``, ``editorType`` and ``choices``
/// read through to the nested type. Every property but ``id`` is optional.
public struct IIQCustomField: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a custom field.
    public typealias ID = IIQIdentifier<IIQCustomField>

    /// The field's id (`CustomFieldId`).
    public var id: ID
    /// The id of the field's type (`CustomFieldTypeId`), which values carry.
    public var typeID: IIQCustomFieldType.ID?
    /// The field's type: name, editor and options.
    public var type: IIQCustomFieldType?
    /// The position among the entity's fields.
    public var displayOrder: Int?
    /// The editor, as the field places it (`EditorTypeId`).
    public var editorTypeID: IIQCustomFieldEditorType?
    /// The id of the kind of record the field is on (`EntityTypeId`). IIQ does not document its
    /// values. A plain `UUID`: the SDK does not model IIQ's entity types.
    public var entityTypeID: UUID?
    /// When the field shows, such as only for one issue; passed through untyped.
    public var filters: [IIQJSONValue]?
    /// Whether IIQ hides the field from the forms that would show it, while keeping its values.
    public var isHidden: Bool?
    /// Whether the field is read-only.
    public var isReadOnly: Bool?
    /// Whether a value is required.
    public var isRequired: Bool?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The id of the product (module) the field belongs to (`ProductId`), such as Ticketing's;
    /// ``IIQProduct/init(id:)`` turns it into the product to scope calls with.
    public var productID: IIQProduct.ID?
    /// Where the field applies (`All`, `Site`, …).
    public var scope: String?
    /// The id of the site (the district's tenant) the field belongs to (`SiteId`).
    public var siteID: IIQSite.ID?

    /// Creates a field with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The name people see, such as `Grade Level`, from the field's type.
    public var name: String? { type?.name }

    /// How the field is edited: the field's own `EditorTypeId`, else its type's `EditorType`.
    public var editorType: IIQCustomFieldEditorType? { editorTypeID ?? type?.editorType }

    /// The choices of a select field, from the field's type; see ``IIQCustomFieldType/choices``.
    public var choices: [String] { type?.choices ?? [] }

    /// The id values carry: ``typeID``, else the nested type's id.
    public var valueKey: IIQCustomFieldType.ID? { typeID ?? type?.id }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "CustomFieldId"
        case typeID = "CustomFieldTypeId"
        case type = "CustomFieldType"
        case displayOrder = "DisplayOrder"
        case editorTypeID = "EditorTypeId"
        case entityTypeID = "EntityTypeId"
        case filters = "Filters"
        case isHidden = "IsHidden"
        case isReadOnly = "IsReadOnly"
        case isRequired = "IsRequired"
        case meta = "Meta"
        case productID = "ProductId"
        case scope = "Scope"
        case siteID = "SiteId"
        case unknownFields = "$unknownFields"
    }
}

extension IIQCustomField: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
