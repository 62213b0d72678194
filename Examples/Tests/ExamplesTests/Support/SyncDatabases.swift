import Foundation
import IIQSync
import Logging
import PostgresNIO
import Testing

/// The databases the sync tests run on: SQLite always, PostgreSQL when `IIQ_TEST_POSTGRES_URL` names
/// a server (`.ci/run` starts one and sets it; then the PostgreSQL cases run and must pass).
enum SyncDatabaseKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    /// `postgres://user@127.0.0.1:port/postgres?sslmode=disable`, from the environment.
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["IIQ_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// SQLite, and PostgreSQL when a server is given.
    static var available: [SyncDatabaseKind] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }
}

/// A fresh, empty database for one test: a SQLite file in a temporary folder, or a new PostgreSQL
/// database on the test server. ``drop()`` removes it.
struct TestDatabase: Sendable {
    let kind: SyncDatabaseKind
    /// What `iiq sync --database` takes.
    let argument: String
    private let name: String

    static func make(_ kind: SyncDatabaseKind) async throws -> TestDatabase {
        let name = "iiq_sync_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        switch kind {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appending(path: name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return TestDatabase(kind: kind, argument: folder.appending(path: "iiq.sqlite").path, name: String(name))
        case .postgres:
            let base = try #require(SyncDatabaseKind.postgresURL, "IIQ_TEST_POSTGRES_URL is not set")
            try await admin(base) { "CREATE DATABASE \(name)" }
            var components = try #require(URLComponents(string: base))
            components.path = "/" + name
            return TestDatabase(kind: kind, argument: try #require(components.string), name: String(name))
        }
    }

    /// Opens the store.
    func open() throws -> any IIQSyncStore { try IIQSyncDatabase.open(argument) }

    /// Removes the database.
    func drop() async {
        switch kind {
        case .sqlite:
            try? FileManager.default.removeItem(at: URL(fileURLWithPath: argument).deletingLastPathComponent())
        case .postgres:
            guard let base = SyncDatabaseKind.postgresURL else { return }
            try? await Self.admin(base) { "DROP DATABASE IF EXISTS \(name) WITH (FORCE)" }
        }
    }

    /// Runs one statement on the server's maintenance database.
    private static func admin(_ url: String, _ sql: @Sendable () -> String) async throws {
        let components = try #require(URLComponents(string: url))
        let client = PostgresClient(
            configuration: PostgresClient.Configuration(
                host: components.host ?? "127.0.0.1", port: components.port ?? 5432,
                username: components.user ?? "postgres", password: components.password,
                database: components.path.split(separator: "/").first.map(String.init), tls: .disable),
            backgroundLogger: Logger(label: "test.postgres"))
        let running = Task { await client.run() }
        defer { running.cancel() }
        try await client.query(PostgresQuery(unsafeSQL: sql()))
    }
}

/// Runs `body` with a fresh database of `kind`, dropped afterwards.
func withDatabase(_ kind: SyncDatabaseKind, _ body: (TestDatabase) async throws -> Void) async throws {
    let database = try await TestDatabase.make(kind)
    do {
        try await body(database)
    } catch {
        await database.drop()
        throw error
    }
    await database.drop()
}
