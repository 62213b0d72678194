import Foundation
import GRDB

/// A sync database in one SQLite file, through GRDB: nothing to install or run.
///
/// Types: UUIDs as lowercase text, timestamps as ISO 8601 text in UTC with milliseconds (they sort
/// and compare as text, and SQLite's date functions read them), booleans as 0 and 1. Foreign keys
/// are enforced; the file is in WAL mode, so readers can query it during a sync.
public final class IIQSQLiteStore: IIQSyncStore {
    /// `SQLite`.
    public let kind = "SQLite"
    private let queue: DatabaseQueue
    private let dialect = SQLDialect.sqlite

    /// Opens (or creates) the database at `path`.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Creates the missing tables and indexes.
    public func prepare() async throws {
        let statements = SyncSchema.tables.flatMap(dialect.create)
        try await queue.write { db in
            for sql in statements { try db.execute(sql: sql) }
        }
    }

    /// The stored state of `entity`.
    public func state(of entity: IIQSyncEntity) async throws -> IIQSyncState? {
        let statement = dialect.selectState(entity)
        return try await queue.read { db -> IIQSyncState? in
            guard let row = try Row.fetchOne(db, sql: statement.sql, arguments: Self.arguments(statement.values)) else {
                return nil
            }
            var state = IIQSyncState(entity: entity)
            state.checkpoint = IIQSyncState.checkpoint(from: row[0])
            state.sweep = row[1]
            state.sweepInProgress = row[2]
            state.runsSinceSweep = row[3]
            state.lastRunAt = Self.date(row[4])
            state.lastSweepAt = Self.date(row[5])
            return state
        }
    }

    /// Writes `batch` in one transaction.
    public func write(_ batch: IIQSyncBatch) async throws {
        try await run(dialect.statements(for: batch))
    }

    /// Marks what the sweep did not see and saves `state`, in one transaction.
    public func finishSweep(_ sweep: Int, marksMissing: Bool, at date: Date, state: IIQSyncState) async throws -> Int {
        let mark = dialect.markMissing(state.entity, sweep: sweep, at: date)
        let save = dialect.save(state)
        return try await queue.write { db in
            var marked = 0
            if marksMissing {
                try db.execute(sql: mark.sql, arguments: Self.arguments(mark.values))
                marked = db.changesCount
            }
            for statement in save { try db.execute(sql: statement.sql, arguments: Self.arguments(statement.values)) }
            return marked
        }
    }

    /// Counts the rows of `entity`.
    public func count(of entity: IIQSyncEntity, includingDeleted: Bool) async throws -> Int {
        let statement = dialect.count(entity, includingDeleted: includingDeleted)
        return try await queue.read { db in try Int.fetchOne(db, sql: statement.sql) ?? 0 }
    }

    /// Every row of `table`, as text.
    public func rows(of table: String) async throws -> [[String: String]] {
        guard let table = SyncSchema.tables.first(where: { $0.name == table }) else {
            throw IIQSyncStoreError("'\(table.prefix(40))' is not a sync table")
        }
        let sql = "SELECT * FROM \(table.name) ORDER BY \(table.primaryKey.joined(separator: ", "))"
        return try await queue.read { db in
            try Row.fetchAll(db, sql: sql).map { row in
                var columns: [String: String] = [:]
                for (name, value) in row {
                    switch value.storage {
                    case .null: break
                    case .int64(let integer): columns[name] = String(integer)
                    case .double(let real): columns[name] = String(real)
                    case .string(let text): columns[name] = text
                    case .blob(let data): columns[name] = data.base64EncodedString()
                    }
                }
                return columns
            }
        }
    }

    /// Closes the file.
    public func close() async throws {
        try queue.close()
    }

    /// Runs `statements` in one transaction.
    private func run(_ statements: [SQLStatement]) async throws {
        try await queue.write { db in
            for statement in statements {
                try db.cachedStatement(sql: statement.sql).execute(arguments: Self.arguments(statement.values))
            }
        }
    }

    private static func arguments(_ values: [IIQSyncValue]) -> StatementArguments {
        StatementArguments(values.map(databaseValue))
    }

    private static func databaseValue(_ value: IIQSyncValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .uuid(let uuid): uuid.uuidString.lowercased().databaseValue
        case .text(let text): text.databaseValue
        case .integer(let integer): Int64(integer).databaseValue
        case .real(let real): real.databaseValue
        case .boolean(let boolean): Int64(boolean ? 1 : 0).databaseValue
        case .timestamp(let date): SQLiteTimestamp.text(date).databaseValue
        }
    }

    private static func date(_ text: String?) -> Date? { text.flatMap(SQLiteTimestamp.date) }
}

/// Timestamps as SQLite keeps them here: `2026-07-10T08:30:00.123Z`.
enum SQLiteTimestamp {
    static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }

    static func date(_ text: String) -> Date? {
        try? Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt).parse(text)
    }
}
