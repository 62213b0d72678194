import Foundation

/// A database `iiq sync` writes to: SQLite (``IIQSQLiteStore``) or PostgreSQL (``IIQPostgresStore``),
/// with the same tables in both.
///
/// Every method that writes runs in one transaction: a batch of rows lands together with the state
/// that says it landed, or not at all.
public protocol IIQSyncStore: Sendable {
    /// `SQLite` or `PostgreSQL`, for messages.
    var kind: String { get }
    /// Creates the tables and indexes that are missing.
    func prepare() async throws
    /// The stored state of `entity`, or nil before its first run.
    func state(of entity: IIQSyncEntity) async throws -> IIQSyncState?
    /// Writes `batch` in one transaction.
    func write(_ batch: IIQSyncBatch) async throws
    /// In one transaction: marks the rows of `state.entity` that sweep `sweep` did not see as deleted
    /// at `date` (when `marksMissing`), and saves `state`. Returns how many rows it marked.
    func finishSweep(_ sweep: Int, marksMissing: Bool, at date: Date, state: IIQSyncState) async throws -> Int
    /// The rows of `entity`: those not marked deleted, or all.
    func count(of entity: IIQSyncEntity, includingDeleted: Bool) async throws -> Int
    /// Every row of `table` (a sync table, such as `assets` or `custom_field_values`), each column as
    /// text keyed by its name, NULL columns left out, in primary key order. It reads the whole table:
    /// for checks and tests, not for applications, which query the database directly.
    func rows(of table: String) async throws -> [[String: String]]
    /// Closes the connection.
    func close() async throws
}

/// Rows of one entity to upsert together, and the state to save with them.
public struct IIQSyncBatch: Sendable {
    /// The entity whose table the rows go to.
    public var entity: IIQSyncEntity
    /// The rows; a later row with the same id replaces an earlier one.
    public var rows: [IIQSyncRow]
    /// The sweep number written into `seen_in_sweep`.
    public var sweep: Int
    /// The time written into `synced_at` (and `deleted_at` for rows IIQ flags deleted).
    public var date: Date
    /// The state to save in the same transaction, when it moved.
    public var state: IIQSyncState?
}
