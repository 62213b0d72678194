import ArgumentParser
import Foundation
import IIQSync
import IncidentIQ

/// `iiq sync`.
struct Sync: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the district's data into a SQLite file or a PostgreSQL database, incrementally.",
        discussion: """
            Copies locations, rooms, teams, issues, custom fields, users, assets and tickets. The first run
            copies everything; later runs read only what changed since each entity's checkpoint, which the
            database keeps in its sync_state table. A run that stops resumes from the last page written.
            Every 7th run (--sweep-every) reads users, assets and tickets whole to mark deleted records.

            The database is a SQLite file (default ./\(IIQSyncDatabase.defaultPath)) or a postgres:// URL,
            from --database or IIQ_SYNC_DATABASE. The API token is never written to it.
            """)

    @Option(
        help:
            "A SQLite file path, or postgres://user:password@host:5432/database (default: IIQ_SYNC_DATABASE, else ./iiq.sqlite)."
    )
    var database: String?
    @Option(
        help:
            "Only these entities, comma-separated: locations, rooms, teams, issues, custom-fields, users, assets, tickets."
    )
    var only: String?
    @Flag(help: "Read users, assets and tickets whole this run, and mark the records IIQ no longer has.")
    var sweep = false
    @Option(help: "Sweep on every Nth run of an entity; 1 sweeps every run.")
    var sweepEvery = 7
    @Option(help: "Records per page read and per transaction written.")
    var pageSize = 500

    func validate() throws {
        if sweepEvery < 1 { throw ValidationError("--sweep-every must be at least 1.") }
        if !(1...1000).contains(pageSize) { throw ValidationError("--page-size must be between 1 and 1000.") }
        _ = try entities()
    }

    func run() async throws {
        let target =
            database ?? ProcessInfo.processInfo.environment["IIQ_SYNC_DATABASE"] ?? IIQSyncDatabase.defaultPath
        let options = IIQSyncOptions(
            entities: try entities(), pageSize: pageSize, sweepEvery: sweepEvery, forcesSweep: sweep)
        try await Session.run { client in
            let store: any IIQSyncStore
            do {
                store = try IIQSyncDatabase.open(target)
            } catch {
                throw CommandFailure(
                    message: "cannot open \(IIQSyncDatabase.redacted(target)): \(IIQSyncFailure.message(for: error))",
                    code: 64)
            }
            let progress = SyncProgress(isTerminal: StandardError.isTerminal)
            let engine = IIQSyncEngine(client: client, store: store, options: options) { progress.show($0) }
            let report: IIQSyncReport
            do throws(IIQSyncFailure) {
                report = try await engine.run()
            } catch {
                progress.stop()
                try? await store.close()
                let code = (error.underlying as? IIQError).map(Session.exitCode) ?? 1
                throw CommandFailure(message: error.description, code: code)
            }
            try? await store.close()
            progress.stop()
            print(SyncProgress.summary(report, database: "\(IIQSyncDatabase.redacted(target)) (\(store.kind))"))
        }
    }

    private func entities() throws -> Set<IIQSyncEntity> {
        guard let only else { return Set(IIQSyncEntity.allCases) }
        var entities = Set<IIQSyncEntity>()
        for name in only.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let entity = IIQSyncEntity(argument: name) else {
                throw ValidationError(
                    "--only: '\(name.prefix(40))' is not one of "
                        + IIQSyncEntity.allCases.map(\.table).joined(separator: ", ") + ".")
            }
            entities.insert(entity)
        }
        return entities
    }
}
