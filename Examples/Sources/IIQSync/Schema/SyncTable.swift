/// One table of the sync schema, rendered as DDL by each store's dialect.
struct SyncTable: Sendable {
    var name: String
    var columns: [SyncColumn]
    var primaryKey: [String]
    /// Columns to index besides the primary key.
    var indexes: [String] = []

    /// The bookkeeping columns every entity table ends with: when the row was last written, when
    /// IIQ stopped returning it (null while it exists), and the last sweep that saw it.
    static let bookkeeping = [
        SyncColumn(name: "synced_at", type: .timestamp, isNullable: false),
        SyncColumn(name: "deleted_at", type: .timestamp),
        SyncColumn(name: "seen_in_sweep", type: .integer, isNullable: false),
    ]
}
