import Foundation

/// Every table of a sync database, the same for SQLite and PostgreSQL.
enum SyncSchema {
    /// `custom_field_values`: one row per record, field and value. Fields come and go per tenant;
    /// a side table takes a new field without DDL, keeps a removed field's values, and is queried
    /// with one join (`JOIN custom_fields f ON f.id = v.field_id WHERE f.name = 'Grade Level'`).
    static let customFieldValues = SyncTable(
        name: "custom_field_values",
        columns: [
            SyncColumn(name: "entity", type: .text, isNullable: false),
            SyncColumn(name: "record_id", type: .uuid, isNullable: false),
            SyncColumn(name: "field_id", type: .uuid, isNullable: false),
            SyncColumn(name: "value", type: .text),
            SyncColumn(name: "complex_value", type: .text),
            SyncColumn(name: "synced_at", type: .timestamp, isNullable: false),
        ],
        primaryKey: ["entity", "record_id", "field_id"], indexes: ["field_id"])

    /// `sync_state`: each entity's checkpoint and sweep bookkeeping. It holds no credentials.
    static let syncState = SyncTable(
        name: "sync_state",
        columns: [
            SyncColumn(name: "entity", type: .text, isNullable: false),
            SyncColumn(name: "checkpoint", type: .text),
            SyncColumn(name: "sweep", type: .integer, isNullable: false),
            SyncColumn(name: "sweep_in_progress", type: .integer),
            SyncColumn(name: "runs_since_sweep", type: .integer, isNullable: false),
            SyncColumn(name: "last_run_at", type: .timestamp),
            SyncColumn(name: "last_sweep_at", type: .timestamp),
        ],
        primaryKey: ["entity"])

    /// Every table, each after those it refers to.
    static let tables: [SyncTable] = [
        CatalogueMappings.locations.table, CatalogueMappings.rooms.table, CatalogueMappings.teams.table,
        CatalogueMappings.issues.table, CatalogueMappings.customFields.table, RecordMappings.users.table,
        RecordMappings.assets.table, RecordMappings.tickets.table, customFieldValues, syncState,
    ]

    /// The table of `entity`.
    static func table(of entity: IIQSyncEntity) -> SyncTable? {
        tables.first { $0.name == entity.table }
    }
}
