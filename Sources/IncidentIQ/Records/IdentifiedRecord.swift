/// A model whose records carry their own id under one key (`AssetId`, `TicketId`, …), so a record
/// skipped from a list can be reported with its id.
protocol IdentifiedRecord {
    /// The key of the record's own id.
    static var idKey: String { get }
}
