import Foundation

/// One record ready to write: its id, its column values in the mapping's order, and, for assets,
/// tickets and users, its custom field values.
public struct IIQSyncRow: Sendable, Hashable {
    /// The record's id, the table's primary key.
    public var id: UUID
    /// The values of the entity's columns, `id` first, in the order of its mapping.
    public var values: [IIQSyncValue]
    /// Whether IIQ itself flags the record deleted (`IsDeleted`); it is then written with `deleted_at` set.
    public var isDeleted: Bool
    /// The record's custom field values, or nil for entities that have none.
    public var customFields: [IIQSyncCustomFieldValue]?
}

/// One custom field value of a record: a row of `custom_field_values`.
public struct IIQSyncCustomFieldValue: Sendable, Hashable {
    /// The field's type id (`CustomFieldTypeId`), the `id` of its row in `custom_fields`.
    public var fieldID: UUID
    /// The value as IIQ sends it (`Value`).
    public var value: String?
    /// A complex value (`ComplexValue`), as JSON text.
    public var complexValue: String?
}
