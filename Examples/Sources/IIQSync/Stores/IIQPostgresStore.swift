import Foundation
import Logging
import PostgresNIO

/// A sync database on a PostgreSQL server, through postgres-nio.
///
/// Types: `UUID`, `TIMESTAMPTZ`, `BOOLEAN`, `BIGINT`, `DOUBLE PRECISION` and `TEXT`. Each batch is one
/// transaction on one connection.
public final class IIQPostgresStore: IIQSyncStore {
    /// `PostgreSQL`.
    public let kind = "PostgreSQL"
    private let client: PostgresClient
    private let running: Task<Void, Never>
    /// Errors only: the store reports failures itself, and the token never reaches this logger.
    private let logger = IIQPostgresStore.quietLogger()
    private let dialect = SQLDialect.postgres

    /// Connects to the server `url` names: `postgres://user:password@host:port/database`, with
    /// `?sslmode=disable|prefer|require` (default `prefer`). The password is used to connect and kept
    /// nowhere else.
    public init(url: URL) throws(IIQSyncStoreError) {
        guard let scheme = url.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql",
            let host = url.host(percentEncoded: false), !host.isEmpty
        else { throw IIQSyncStoreError("a PostgreSQL URL looks like postgres://user:password@host:5432/database") }
        let user = url.user(percentEncoded: false) ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        let database = url.path(percentEncoded: false).split(separator: "/").first.map(String.init)
        let mode =
            URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?
            .first { $0.name == "sslmode" }?.value?.lowercased() ?? "prefer"
        let tls: PostgresClient.Configuration.TLS
        switch mode {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer(.makeClientConfiguration())
        case "require", "verify-ca", "verify-full": tls = .require(.makeClientConfiguration())
        default: throw IIQSyncStoreError("sslmode '\(mode.prefix(20))' is not one of disable, prefer, require")
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: url.port ?? 5432, username: user, password: url.password(percentEncoded: false),
            database: database, tls: tls)
        configuration.options.maximumConnections = 2
        let client = PostgresClient(configuration: configuration, backgroundLogger: Self.quietLogger())
        self.client = client
        self.running = Task { await client.run() }
    }

    /// Creates the missing tables and indexes.
    public func prepare() async throws {
        let statements = SyncSchema.tables.flatMap(dialect.create)
        try await client.withTransaction(logger: logger) { connection in
            // Serialises concurrent first runs on one database.
            try await connection.query("SELECT pg_advisory_xact_lock(4242001)", logger: logger)
            for sql in statements { try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger) }
        }
    }

    /// The stored state of `entity`.
    public func state(of entity: IIQSyncEntity) async throws -> IIQSyncState? {
        let rows = try await client.query(Self.query(dialect.selectState(entity)), logger: logger)
        for try await (checkpoint, sweep, inProgress, runs, lastRun, lastSweep) in rows.decode(
            (String?, Int, Int?, Int, Date?, Date?).self)
        {
            var state = IIQSyncState(entity: entity)
            state.checkpoint = IIQSyncState.checkpoint(from: checkpoint)
            state.sweep = sweep
            state.sweepInProgress = inProgress
            state.runsSinceSweep = runs
            state.lastRunAt = lastRun
            state.lastSweepAt = lastSweep
            return state
        }
        return nil
    }

    /// Writes `batch` in one transaction.
    public func write(_ batch: IIQSyncBatch) async throws {
        let statements = dialect.statements(for: batch)
        try await client.withTransaction(logger: logger) { connection in
            for statement in statements { try await connection.query(Self.query(statement), logger: logger) }
        }
    }

    /// Marks what the sweep did not see and saves `state`, in one transaction.
    public func finishSweep(_ sweep: Int, marksMissing: Bool, at date: Date, state: IIQSyncState) async throws -> Int {
        let mark = Self.query(dialect.markMissing(state.entity, sweep: sweep, at: date))
        let save = dialect.save(state).map(Self.query)
        return try await client.withTransaction(logger: logger) { connection in
            var marked = 0
            if marksMissing {
                // RETURNING counts the rows without relying on the command tag.
                let rows = try await connection.query(
                    PostgresQuery(unsafeSQL: mark.sql + " RETURNING id", binds: mark.binds), logger: logger)
                for try await _ in rows { marked += 1 }
            }
            for statement in save { try await connection.query(statement, logger: logger) }
            return marked
        }
    }

    /// Counts the rows of `entity`.
    public func count(of entity: IIQSyncEntity, includingDeleted: Bool) async throws -> Int {
        let rows = try await client.query(Self.query(dialect.count(entity, includingDeleted: includingDeleted)))
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }

    /// Every row of `table`, as text (each column `::text`, through `to_jsonb`).
    public func rows(of table: String) async throws -> [[String: String]] {
        guard let table = SyncSchema.tables.first(where: { $0.name == table }) else {
            throw IIQSyncStoreError("'\(table.prefix(40))' is not a sync table")
        }
        let columns = table.columns.map { "'\($0.name)', \($0.name)::text" }.joined(separator: ", ")
        let sql =
            "SELECT jsonb_build_object(\(columns))::text FROM \(table.name) "
            + "ORDER BY \(table.primaryKey.joined(separator: ", "))"
        var result: [[String: String]] = []
        for try await text in try await client.query(PostgresQuery(unsafeSQL: sql), logger: logger).decode(String.self)
        {
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
            result.append(object.compactMapValues { $0 as? String })
        }
        return result
    }

    /// Closes the connections.
    public func close() async throws {
        running.cancel()
        await running.value
    }

    private static func quietLogger() -> Logger {
        var logger = Logger(label: "iiq.sync.postgres")
        logger.logLevel = .error
        return logger
    }

    private static func query(_ statement: SQLStatement) -> PostgresQuery {
        var bindings = PostgresBindings(capacity: statement.values.count)
        for value in statement.values {
            switch value {
            case .null: bindings.appendNull()
            case .uuid(let uuid): bindings.append(uuid)
            case .text(let text): bindings.append(text)
            case .integer(let integer): bindings.append(integer)
            case .real(let real): bindings.append(real)
            case .boolean(let boolean): bindings.append(boolean)
            case .timestamp(let date): bindings.append(date)
            }
        }
        return PostgresQuery(unsafeSQL: statement.sql, binds: bindings)
    }
}

/// A database that cannot be opened as given.
public struct IIQSyncStoreError: Error, CustomStringConvertible {
    /// What is wrong, without the URL's password.
    public var description: String

    init(_ description: String) { self.description = description }
}
