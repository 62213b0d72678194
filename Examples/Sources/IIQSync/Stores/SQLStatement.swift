/// One SQL statement and the values bound to its placeholders, in order.
struct SQLStatement: Sendable {
    var sql: String
    var values: [IIQSyncValue]
}
