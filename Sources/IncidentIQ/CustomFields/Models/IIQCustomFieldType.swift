import Foundation

/// A custom field's type (`CustomFieldType`): its name, editor and options. Values name it by
/// ``id`` (`CustomFieldTypeId`).
///
/// Every property but ``id`` is optional, and keys IIQ adds are ignored.
public struct IIQCustomFieldType: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a custom field type.
    public typealias ID = IIQIdentifier<IIQCustomFieldType>

    /// The type's id (`CustomFieldTypeId`), which values carry.
    public var id: ID
    /// The columns of a complex editor, passed through untyped.
    public var complexEditorColumns: [IIQJSONValue]?
    /// The namespace of a complex editor, such as an app's.
    public var complexEditorNamespace: String?
    /// The editor's configuration, as IIQ stores it (often JSON text).
    public var configuration: String?
    /// The description shown to agents.
    public var description: String?
    /// The position among the fields.
    public var displayOrder: Int?
    /// How the field is edited and stored.
    public var editorType: IIQCustomFieldEditorType?
    /// Whether the field holds sensitive information.
    public var hasSensitiveInformation: Bool?
    /// Whether IIQ hides the field from the forms that would show it, while keeping its values.
    public var isHidden: Bool?
    /// Whether requestors can see the field.
    public var isPublic: Bool?
    /// Whether the field is read-only.
    public var isReadOnly: Bool?
    /// Whether a value is required.
    public var isRequired: Bool?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The name people see, such as `Grade Level`.
    public var name: String?
    /// The options of a select field, as IIQ stores them; ``choices`` reads them.
    public var options: String?
    /// The id of the product the type belongs to.
    public var productID: IIQProduct.ID?
    /// Where the type applies (`All`, `Site`, …).
    public var scope: String?
    /// The id of the site (the district's tenant) the field type belongs to (`SiteId`).
    public var siteID: IIQSite.ID?

    /// Creates a type with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The choices of a select or multi-select field, read from ``options``.
    ///
    /// IIQ stores options as text. A JSON array is read as its strings, or as the `Name`, `Value`,
    /// `Text` or `Label` of its objects; any other text is read one choice per line. Empty when
    /// there are no options.
    public var choices: [String] {
        guard let options, !options.allSatisfy(\.isWhitespace) else { return [] }
        if let data = options.data(using: .utf8), let array = try? JSONSerialization.jsonObject(with: data) as? [Any] {
            return array.compactMap { element in
                if let text = element as? String { return text }
                guard let object = element as? [String: Any] else { return nil }
                for key in ["Name", "Value", "Text", "Label"] {
                    if let text = object[key] as? String { return text }
                }
                return nil
            }
        }
        return options.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "CustomFieldTypeId"
        case complexEditorColumns = "ComplexEditorColumns"
        case complexEditorNamespace = "ComplexEditorNamespace"
        case configuration = "Configuration"
        case description = "Description"
        case displayOrder = "DisplayOrder"
        case editorType = "EditorType"
        case hasSensitiveInformation = "HasSensitiveInformation"
        case isHidden = "IsHidden"
        case isPublic = "IsPublic"
        case isReadOnly = "IsReadOnly"
        case isRequired = "IsRequired"
        case meta = "Meta"
        case name = "Name"
        case options = "Options"
        case productID = "ProductId"
        case scope = "Scope"
        case siteID = "SiteId"
        case unknownFields = "$unknownFields"
    }
}

extension IIQCustomFieldType: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
