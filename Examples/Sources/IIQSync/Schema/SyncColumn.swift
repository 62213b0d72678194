/// The portable column types of the sync schema; each store maps them to its own.
enum SyncColumnType: Sendable, Hashable {
    case uuid, text, integer, real, boolean, timestamp
}

/// One column: its name, type, whether it may be null, and the table its value refers to.
struct SyncColumn: Sendable, Hashable {
    var name: String
    var type: SyncColumnType
    var isNullable = true
    /// The table whose `id` this column refers to, declared as a foreign key.
    var references: String?
}
