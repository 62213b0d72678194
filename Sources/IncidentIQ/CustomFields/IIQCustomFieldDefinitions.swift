import Foundation

/// The custom fields set up for one kind of record, looked up by name or by type id.
///
/// ```swift
/// let fields = try await client.customFields.definitions(for: .asset)
/// let grade = fields["Grade Level"]            // case-insensitive
/// print(grade?.editorType, grade?.choices)
/// ```
///
/// Names are matched ignoring case, accents and surrounding spaces. When two fields share a name
/// (fields of different products can), the name finds the first in IIQ's order; ``fields(named:)``
/// finds them all.
public struct IIQCustomFieldDefinitions: Hashable, Sendable, RandomAccessCollection {
    /// The kind of record the fields are on.
    public let entity: IIQCustomFieldEntity
    /// The fields, in IIQ's order.
    public let fields: [IIQCustomField]
    private let positionsByType: [UUID: Int]
    private let positionsByName: [String: Int]

    /// Wraps fields read from IIQ, or made by hand for tests.
    public init(entity: IIQCustomFieldEntity, fields: [IIQCustomField]) {
        self.entity = entity
        self.fields = fields
        var byType: [UUID: Int] = [:]
        var byName: [String: Int] = [:]
        for (position, field) in fields.enumerated() {
            if let key = field.valueKey, byType[key.uuid] == nil { byType[key.uuid] = position }
            if let name = field.name.map(Self.fold), byName[name] == nil { byName[name] = position }
        }
        positionsByType = byType
        positionsByName = byName
    }

    /// The first field called `name`, ignoring case, accents and surrounding spaces.
    public subscript(name: String) -> IIQCustomField? {
        positionsByName[Self.fold(name)].map { fields[$0] }
    }

    /// The field whose type has `typeID`, the id values carry.
    public subscript(typeID: IIQCustomFieldType.ID) -> IIQCustomField? {
        positionsByType[typeID.uuid].map { fields[$0] }
    }

    /// Every field called `name`.
    public func fields(named name: String) -> [IIQCustomField] {
        let folded = Self.fold(name)
        return fields.filter { $0.name.map(Self.fold) == folded }
    }

    /// `values` by field: each value with its field when these definitions know its type.
    public func resolve(_ values: [IIQCustomFieldValue]?) -> IIQCustomFields {
        IIQCustomFields(
            entries: (values ?? []).map { value in
                IIQCustomFieldEntry(
                    field: value.customFieldTypeID.flatMap { self[$0] }, value: value)
            })
    }

    /// The position of the first field.
    public var startIndex: Int { fields.startIndex }
    /// The position past the last field.
    public var endIndex: Int { fields.endIndex }
    /// The field at `position`.
    public subscript(position: Int) -> IIQCustomField { fields[position] }

    static func fold(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}

/// One custom field value of a record, with its field when the definitions know it.
public struct IIQCustomFieldEntry: Hashable, Sendable {
    /// The field, or `nil` when the definitions do not list the value's type (a field of another
    /// product, or one added since the definitions were read). The value is kept either way.
    public var field: IIQCustomField?
    /// The value as IIQ sent it, complex parts included.
    public var value: IIQCustomFieldValue

    /// Pairs a value with its field.
    public init(field: IIQCustomField?, value: IIQCustomFieldValue) {
        self.field = field
        self.value = value
    }

    /// The field's name, when the field is known.
    public var name: String? { field?.name }
    /// The id of the value's type (`CustomFieldTypeId`).
    public var typeID: IIQCustomFieldType.ID? { value.customFieldTypeID }
    /// The value as text (`Value`): the whole value for text, number, date and select fields, and
    /// JSON text for many complex ones.
    public var text: String? { value.value }
    /// The structured value (`ComplexValue`) of a complex field, untyped and complete.
    public var complexValue: [IIQJSONValue]? { value.complexValue }
    /// How the field is edited: the value's `EditorTypeId`, else the field's.
    public var editorType: IIQCustomFieldEditorType? {
        value.editorTypeID.map(IIQCustomFieldEditorType.init(rawValue:)) ?? field?.editorType
    }
}

/// A record's custom field values by field, from its `CustomFieldValues` and the definitions.
///
/// ```swift
/// let fields = try await client.customFields.definitions(for: .asset)
/// let asset = try await client.assets.get(id)
/// print(asset.customFields(using: fields)["Grade Level"]?.text ?? "unset")
/// ```
///
/// Values whose type the definitions do not know are kept, with a `nil` ``IIQCustomFieldEntry/field``:
/// iterate, or look them up by type id.
public struct IIQCustomFields: Hashable, Sendable, RandomAccessCollection {
    /// Every value, in the record's order.
    public let entries: [IIQCustomFieldEntry]

    /// Wraps entries.
    public init(entries: [IIQCustomFieldEntry]) {
        self.entries = entries
    }

    /// The value of the field called `name` (ignoring case, accents and surrounding spaces), or
    /// `nil` when the record has no value for it.
    public subscript(name: String) -> IIQCustomFieldEntry? {
        let folded = IIQCustomFieldDefinitions.fold(name)
        return entries.first { $0.name.map(IIQCustomFieldDefinitions.fold) == folded }
    }

    /// The value of `field`, or `nil`.
    public subscript(field: IIQCustomField) -> IIQCustomFieldEntry? {
        guard let key = field.valueKey else { return nil }
        return self[key]
    }

    /// The value whose type has `typeID`, or `nil`.
    public subscript(typeID: IIQCustomFieldType.ID) -> IIQCustomFieldEntry? {
        entries.first { $0.typeID == typeID }
    }

    /// Values whose type the definitions do not list.
    public var unmatched: [IIQCustomFieldEntry] { entries.filter { $0.field == nil } }

    /// The position of the first value.
    public var startIndex: Int { entries.startIndex }
    /// The position past the last value.
    public var endIndex: Int { entries.endIndex }
    /// The value at `position`.
    public subscript(position: Int) -> IIQCustomFieldEntry { entries[position] }
}

extension IIQAsset {
    /// This asset's custom field values by field; see ``IIQCustomFields``.
    public func customFields(using definitions: IIQCustomFieldDefinitions) -> IIQCustomFields {
        definitions.resolve(customFieldValues)
    }
}

extension IIQTicket {
    /// This ticket's custom field values by field; see ``IIQCustomFields``.
    public func customFields(using definitions: IIQCustomFieldDefinitions) -> IIQCustomFields {
        definitions.resolve(customFieldValues)
    }
}

extension IIQUser {
    /// This user's custom field values by field; see ``IIQCustomFields``.
    public func customFields(using definitions: IIQCustomFieldDefinitions) -> IIQCustomFields {
        definitions.resolve(customFieldValues)
    }
}

extension IIQCustomFieldValue {
    /// A value to write: `text` (`Value`) for the field whose type has `typeID`, and optionally a
    /// structured `complexValue` (`ComplexValue`).
    public init(typeID: IIQCustomFieldType.ID, text: String?, complexValue: [IIQJSONValue]? = nil) {
        self.init()
        customFieldTypeID = typeID
        value = text
        self.complexValue = complexValue
    }
}

extension IIQCustomFieldValue {
    /// Writes the value as IIQ writes it: GUIDs lowercase, and only the keys that are set (unknown
    /// fields under `$unknownFields`, as every model keeps them).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(assetID, forKey: .assetID)
        try container.encodeIfPresent(ticketID, forKey: .ticketID)
        try container.encodeIfPresent(userID, forKey: .userID)
        try container.encodeIfPresent(customFieldTypeID, forKey: .customFieldTypeID)
        try container.encodeIfPresent(value, forKey: .value)
        try container.encodeIfPresent(complexValue, forKey: .complexValue)
        try container.encodeIfPresent(editorTypeID, forKey: .editorTypeID)
        try container.encodeIfPresent(isHidden, forKey: .isHidden)
        try container.encodeIfPresent(meta, forKey: .meta)
        try container.encode(unknownFields, forKey: .unknownFields)
    }
}
