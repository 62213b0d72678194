import Foundation
import IncidentIQ

/// How one kind of IIQ record becomes a row: its table, its typed columns and how each is read.
/// The schema is derived from the mappings, so a column cannot exist without its value or the reverse.
struct SyncMapping<Record>: Sendable {
    struct Field: Sendable {
        var column: SyncColumn
        var value: @Sendable (Record) -> IIQSyncValue
    }

    var entity: IIQSyncEntity
    var fields: [Field]
    var indexes: [String] = []
    var id: @Sendable (Record) -> UUID
    var isDeleted: @Sendable (Record) -> Bool = { _ in false }
    var customFields: (@Sendable (Record) -> [IIQCustomFieldValue]?)?

    /// The table: `id`, the fields, then the bookkeeping columns.
    var table: SyncTable {
        SyncTable(
            name: entity.table,
            columns: [SyncColumn(name: "id", type: .uuid, isNullable: false)] + fields.map(\.column)
                + SyncTable.bookkeeping,
            primaryKey: ["id"], indexes: indexes)
    }

    /// The row for `record`.
    func row(_ record: Record) -> IIQSyncRow {
        let id = id(record)
        return IIQSyncRow(
            id: id, values: [.uuid(id)] + fields.map { $0.value(record) }, isDeleted: isDeleted(record),
            customFields: customFields.map { read in (read(record) ?? []).compactMap(Self.customFieldValue) })
    }

    private static func customFieldValue(_ value: IIQCustomFieldValue) -> IIQSyncCustomFieldValue? {
        guard let field = value.customFieldTypeID else { return nil }
        var complex: String?
        if let complexValue = value.complexValue,
            let data = try? JSONEncoder().encode(complexValue)
        {
            complex = String(decoding: data, as: UTF8.self)
        }
        return IIQSyncCustomFieldValue(fieldID: field.uuid, value: value.value, complexValue: complex)
    }
}

extension SyncMapping.Field {
    static func uuid(_ name: String, references: String? = nil, _ read: @escaping @Sendable (Record) -> UUID?) -> Self {
        Self(column: SyncColumn(name: name, type: .uuid, references: references)) { .of(read($0)) }
    }
    /// A typed id's column: the same GUID column as ``uuid(_:references:_:)``.
    static func uuid<Entity>(
        _ name: String, references: String? = nil, _ read: @escaping @Sendable (Record) -> IIQIdentifier<Entity>?
    ) -> Self {
        uuid(name, references: references) { read($0)?.uuid }
    }
    static func text(_ name: String, _ read: @escaping @Sendable (Record) -> String?) -> Self {
        Self(column: SyncColumn(name: name, type: .text)) { .of(read($0)) }
    }
    static func integer(_ name: String, _ read: @escaping @Sendable (Record) -> Int?) -> Self {
        Self(column: SyncColumn(name: name, type: .integer)) { .of(read($0)) }
    }
    static func real(_ name: String, _ read: @escaping @Sendable (Record) -> Double?) -> Self {
        Self(column: SyncColumn(name: name, type: .real)) { .of(read($0)) }
    }
    static func boolean(_ name: String, _ read: @escaping @Sendable (Record) -> Bool?) -> Self {
        Self(column: SyncColumn(name: name, type: .boolean)) { .of(read($0)) }
    }
    static func timestamp(_ name: String, _ read: @escaping @Sendable (Record) -> Date?) -> Self {
        Self(column: SyncColumn(name: name, type: .timestamp)) { .of(read($0)) }
    }
}
