import Foundation
import IIQSync
import IncidentIQ
import IncidentIQTesting
import Synchronization
import Testing

/// `iiq sync`'s engine against the sandbox server over HTTP, into SQLite and (when
/// `IIQ_TEST_POSTGRES_URL` is set, as `.ci/run` does) into PostgreSQL. Serialized: each case runs a
/// server and several syncs, and a dozen at once would load the 2 cores enough to blur the timing
/// tests that run beside them.
@Suite("Syncing to a database", .serialized)
struct SyncTests {
    /// The test district: 400 assets, about 330 users, 30 tickets; pages of 50 make several pages each.
    static let options = IIQSyncOptions(pageSize: 50)

    @Test(
        "the PostgreSQL server the PostgreSQL cases use takes the schema",
        .enabled(
            if: SyncDatabaseKind.postgresURL != nil,
            "IIQ_TEST_POSTGRES_URL is not set, so every PostgreSQL case here is skipped; .ci/run starts a server and sets it"
        ))
    func postgresTakesTheSchema() async throws {
        try await withDatabase(.postgres) { database in
            let store = try database.open()
            try await store.prepare()
            try await store.prepare()
            #expect(try await store.count(of: .assets, includingDeleted: true) == 0)
            try await store.close()
        }
    }

    @Test(
        "a full sync copies every record; row counts and ids match the sandbox", arguments: SyncDatabaseKind.available)
    func fullSync(kind: SyncDatabaseKind) async throws {
        try await withServer { server in
            try await withDatabase(kind) { database in
                let client = try server.client()
                let report = try await sync(client, database)
                let expected = try await SandboxCounts(client)
                let store = try database.open()
                for (entity, count) in expected.records {
                    #expect(try await store.count(of: entity, includingDeleted: true) == count, "\(entity)")
                    #expect(report[entity]?.written ?? 0 >= count, "\(entity)")
                    #expect(report[entity]?.wasSwept == true)
                }
                #expect(try await ids(store, .assets) == expected.assetIDs)
                #expect(try await ids(store, .users) == expected.userIDs)
                #expect(try await ids(store, .tickets) == expected.ticketIDs)
                #expect(try await store.rows(of: "custom_field_values").count == expected.customFieldValues)
                let state = try #require(try await store.state(of: .assets))
                #expect(state.sweep == 1 && state.sweepInProgress == nil && state.checkpoint != nil)
                try await store.close()
            }
        }
    }

    @Test("a second run after writes on the sandbox changes exactly those rows", arguments: SyncDatabaseKind.available)
    func incremental(kind: SyncDatabaseKind) async throws {
        try await withServer { server in
            try await withDatabase(kind) { database in
                let client = try server.client()
                _ = try await sync(client, database)
                let before = try await snapshot(database)

                let assets = try await client.assets.search(IIQAssetQuery(pageSize: 50)).first(3)
                for (index, asset) in assets.enumerated() {
                    var update = IIQAssetUpdate()
                    update.notes = "Synced change \(index)"
                    _ = try await client.assets.update(asset.id, with: update)
                }
                let user = try #require(try await client.users.search(IIQUserQuery(pageSize: 5)).first(1).first)
                var userUpdate = IIQUserUpdate()
                userUpdate.homeroom = "Room 42-B"
                _ = try await client.users.update(user.id, with: userUpdate)
                let ticket = try #require(try await client.tickets.search(IIQTicketQuery(pageSize: 5)).first(1).first)
                var ticketUpdate = IIQTicketUpdate()
                ticketUpdate.subject = "Projector still flickers"
                _ = try await client.tickets.update(ticket.id, with: ticketUpdate)

                let report = try await sync(client, database)
                let after = try await snapshot(database)
                #expect(report[.assets]?.wasSwept == false)
                #expect(changedIDs(before[.assets], after[.assets]) == Set(assets.map(\.id.uuid)))
                #expect(changedIDs(before[.users], after[.users]) == [user.id.uuid])
                #expect(changedIDs(before[.tickets], after[.tickets]) == [ticket.id.uuid])
                #expect(after[.assets]?[assets[0].id.uuid]?["notes"] == "Synced change 0")
                #expect(after[.users]?[user.id.uuid]?["homeroom"] == "Room 42-B")
                let total = try await client.assets.search().totalCount()
                #expect((report[.assets]?.written ?? 0) < total, "the second run read changes, not everything")
            }
        }
    }

    @Test(
        "a run that fails after two pages of assets resumes with nothing lost or duplicated",
        arguments: SyncDatabaseKind.available)
    func killedAndResumed(kind: SyncDatabaseKind) async throws {
        try await withServer { server in
            try await withDatabase(kind) { database in
                let client = try server.client()
                let store = FailingStore(base: try database.open(), entity: .assets, failAtBatch: 3)
                do throws(IIQSyncFailure) {
                    _ = try await IIQSyncEngine(client: client, store: store, options: Self.options).run()
                    Issue.record("the run should have failed")
                } catch {
                    #expect(error.entity == .assets)
                    #expect(error.page == 3)
                    #expect(error.stage == .writing)
                    #expect(error.description.contains("sync of assets at page 3 failed (writing)"))
                }
                #expect(try await store.count(of: .assets, includingDeleted: true) == 100)
                let stalled = try #require(try await store.state(of: .assets))
                #expect(stalled.sweepInProgress == 1 && stalled.checkpoint == nil)
                try await store.close()

                let resumed = try await sync(client, database)
                let expected = try await SandboxCounts(client)
                let reopened = try database.open()
                #expect(try await ids(reopened, .assets) == expected.assetIDs)
                #expect(try await reopened.rows(of: "assets").count == expected.assetIDs.count)
                #expect(try await reopened.rows(of: "custom_field_values").count == expected.customFieldValues)
                #expect(resumed[.users]?.wasSwept == false, "users finished before the failure")
                #expect(resumed[.tickets]?.wasSwept == true, "tickets had not started, so they sweep now")
                #expect(resumed[.locations]?.markedDeleted == 0)
                try await reopened.close()
            }
        }
    }

    @Test(
        "a change walk that fails mid-way keeps the checkpoint of its last page", arguments: SyncDatabaseKind.available)
    func changeWalkResumes(kind: SyncDatabaseKind) async throws {
        try await withServer { server in
            try await withDatabase(kind) { database in
                let client = try server.client()
                _ = try await sync(client, database)
                let first = try #require(try await database.state(.assets)?.checkpoint)
                let changed = try await client.assets.search(IIQAssetQuery(pageSize: 100)).first(120)
                for asset in changed {
                    var update = IIQAssetUpdate()
                    update.notes = "Walk \(asset.id.uuid.uuidString.prefix(8))"
                    _ = try await client.assets.update(asset.id, with: update)
                }
                let store = FailingStore(base: try database.open(), entity: .assets, failAtBatch: 2)
                await #expect(throws: IIQSyncFailure.self) {
                    _ = try await IIQSyncEngine(client: client, store: store, options: Self.options).run()
                }
                let middle = try #require(try await store.state(of: .assets)?.checkpoint)
                #expect(middle.modifiedDate > first.modifiedDate, "the first page's checkpoint was stored with it")
                try await store.close()

                _ = try await sync(client, database)
                let after = try await snapshot(database)
                for asset in changed {
                    #expect(after[.assets]?[asset.id.uuid]?["notes"] == "Walk \(asset.id.uuid.uuidString.prefix(8))")
                }
            }
        }
    }

    @Test(
        "a custom field added between runs appears; one removed is kept, marked, with its values",
        arguments: SyncDatabaseKind.available)
    func customFieldsComeAndGo(kind: SyncDatabaseKind) async throws {
        try await withServer { server in
            try await withDatabase(kind) { database in
                let client = try server.client()
                _ = try await sync(client, database)
                let fields = try await client.customFields.definitions(for: .asset)
                let grade = try #require(fields["Grade Level"]?.valueKey?.uuid)
                let before = try await values(database)
                let gradeValues = before.filter { $0["field_id"] == grade.uuidString.lowercased() }
                #expect(!gradeValues.isEmpty)

                let charger = server.sandbox.addCustomField(named: "Charger Issued", to: .asset)
                let chargerField = try #require(
                    try await client.customFields.definitions(for: .asset)["Charger Issued"])
                let asset = try #require(try await client.assets.search(IIQAssetQuery(pageSize: 5)).first(1).first)
                try await client.customFields.set(chargerField, to: "yes", on: .asset(asset.id))
                server.sandbox.removeCustomField(IIQCustomFieldType.ID(grade))

                let report = try await sync(client, database)
                #expect(report[.customFields]?.markedDeleted == 1)
                let store = try database.open()
                let definitions = Dictionary(
                    uniqueKeysWithValues: try await store.rows(of: "custom_fields").compactMap { row in
                        row["id"].map { ($0, row) }
                    })
                try await store.close()
                #expect(definitions[charger.uuid.uuidString.lowercased()]?["name"] == "Charger Issued")
                #expect(definitions[charger.uuid.uuidString.lowercased()]?["deleted_at"] == nil)
                #expect(definitions[grade.uuidString.lowercased()]?["deleted_at"] != nil)
                let after = try await values(database)
                #expect(
                    after.contains {
                        $0["field_id"] == charger.uuid.uuidString.lowercased()
                            && $0["record_id"] == asset.id.uuid.uuidString.lowercased() && $0["value"] == "yes"
                    })
                #expect(after.filter { $0["field_id"] == grade.uuidString.lowercased() }.count == gradeValues.count)
            }
        }
    }

    @Test(
        "a deleted user and ticket are marked by the next sweep, and unmarked when restored",
        arguments: SyncDatabaseKind.available)
    func deletions(kind: SyncDatabaseKind) async throws {
        try await withServer { server in
            try await withDatabase(kind) { database in
                let client = try server.client()
                _ = try await sync(client, database)
                let user = try #require(try await client.users.search(IIQUserQuery(pageSize: 5)).first(1).first)
                let ticket = try #require(try await client.tickets.search(IIQTicketQuery(pageSize: 5)).first(1).first)
                try await client.users.delete(user.id)
                try await client.tickets.delete(ticket.id)

                let incremental = try await sync(client, database)
                #expect(incremental[.users]?.markedDeleted == 0, "a change walk cannot see deletions")
                var sweeping = Self.options
                sweeping.forcesSweep = true
                let swept = try await sync(client, database, options: sweeping)
                #expect(swept[.users]?.markedDeleted == 1)
                #expect(swept[.tickets]?.markedDeleted == 1)
                #expect(swept[.assets]?.markedDeleted == 0)
                var rows = try await snapshot(database)
                #expect(rows[.users]?[user.id.uuid]?["deleted_at"] != nil)
                #expect(rows[.tickets]?[ticket.id.uuid]?["deleted_at"] != nil)
                let store = try database.open()
                let total = try await client.users.search().totalCount()
                #expect(try await store.count(of: .users, includingDeleted: false) == total)
                #expect(try await store.count(of: .users, includingDeleted: true) == total + 1)
                try await store.close()

                try await client.users.undelete(user.id)
                _ = try await sync(client, database)
                rows = try await snapshot(database)
                #expect(rows[.users]?[user.id.uuid]?["deleted_at"] == nil)
            }
        }
    }

    // MARK: Helpers

    private func sync(_ client: IIQClient, _ database: TestDatabase, options: IIQSyncOptions = options)
        async throws -> IIQSyncReport
    {
        let store = try database.open()
        do {
            let report = try await IIQSyncEngine(client: client, store: store, options: options).run()
            try await store.close()
            return report
        } catch {
            try? await store.close()
            throw error
        }
    }

    private func ids(_ store: any IIQSyncStore, _ entity: IIQSyncEntity) async throws -> Set<UUID> {
        Set(try await store.rows(of: entity.table).compactMap { $0["id"].flatMap(UUID.init(uuidString:)) })
    }

    private func values(_ database: TestDatabase) async throws -> [[String: String]] {
        let store = try database.open()
        let rows = try await store.rows(of: "custom_field_values")
        try await store.close()
        return rows
    }

    /// Users, assets and tickets by id, each row without the columns a rewrite changes by itself.
    private func snapshot(_ database: TestDatabase) async throws -> [IIQSyncEntity: [UUID: [String: String]]] {
        let store = try database.open()
        var result: [IIQSyncEntity: [UUID: [String: String]]] = [:]
        for entity in [IIQSyncEntity.users, .assets, .tickets] {
            var rows: [UUID: [String: String]] = [:]
            for var row in try await store.rows(of: entity.table) {
                row["synced_at"] = nil
                row["seen_in_sweep"] = nil
                if let id = row["id"].flatMap(UUID.init(uuidString:)) { rows[id] = row }
            }
            result[entity] = rows
        }
        try await store.close()
        return result
    }

    private func changedIDs(_ before: [UUID: [String: String]]?, _ after: [UUID: [String: String]]?) -> Set<UUID> {
        let before = before ?? [:]
        let after = after ?? [:]
        return Set(after.keys.filter { before[$0] != after[$0] }).union(before.keys.filter { after[$0] == nil })
    }
}

extension TestDatabase {
    /// The stored state of `entity`.
    func state(_ entity: IIQSyncEntity) async throws -> IIQSyncState? {
        let store = try open()
        let state = try await store.state(of: entity)
        try await store.close()
        return state
    }
}

/// What the sandbox holds, read through the SDK.
struct SandboxCounts {
    var records: [IIQSyncEntity: Int] = [:]
    var assetIDs: Set<UUID> = []
    var userIDs: Set<UUID> = []
    var ticketIDs: Set<UUID> = []
    var customFieldValues = 0

    init(_ client: IIQClient) async throws {
        let assets = try await client.assets.search(IIQAssetQuery(pageSize: 500)).all()
        let users = try await client.users.search(IIQUserQuery(pageSize: 500)).all()
        let tickets = try await client.tickets.search(IIQTicketQuery(.all, pageSize: 500)).all()
        assetIDs = Set(assets.map(\.id.uuid))
        userIDs = Set(users.map(\.id.uuid))
        ticketIDs = Set(tickets.map(\.id.uuid))
        records[.assets] = assets.count
        records[.users] = users.count
        records[.tickets] = tickets.count
        records[.locations] = try await client.locations.all().all().count
        records[.teams] = try await client.teams.all().all().count
        records[.issues] = try await client.issues.all().all().count
        var fields = 0
        for entity in IIQCustomFieldEntity.allCases {
            fields += try await client.customFields.definitions(for: entity).count
        }
        records[.customFields] = fields
        func valued(_ values: [IIQCustomFieldValue]?) -> Int {
            Set((values ?? []).compactMap(\.customFieldTypeID)).count
        }
        customFieldValues =
            assets.reduce(0) { $0 + valued($1.customFieldValues) }
            + users.reduce(0) { $0 + valued($1.customFieldValues) }
            + tickets.reduce(0) { $0 + valued($1.customFieldValues) }
    }
}

/// A store that fails its `failAtBatch`th write of `entity`, as a crash between two transactions would.
final class FailingStore: IIQSyncStore {
    struct InjectedFailure: Error, CustomStringConvertible {
        var description: String { "injected failure" }
    }

    let base: any IIQSyncStore
    let entity: IIQSyncEntity
    let failAtBatch: Int
    private let writes = Mutex(0)

    init(base: any IIQSyncStore, entity: IIQSyncEntity, failAtBatch: Int) {
        self.base = base
        self.entity = entity
        self.failAtBatch = failAtBatch
    }

    var kind: String { base.kind }
    func prepare() async throws { try await base.prepare() }
    func state(of entity: IIQSyncEntity) async throws -> IIQSyncState? { try await base.state(of: entity) }
    func write(_ batch: IIQSyncBatch) async throws {
        if batch.entity == entity {
            let count = writes.withLock { count in
                count += 1
                return count
            }
            if count == failAtBatch { throw InjectedFailure() }
        }
        try await base.write(batch)
    }
    func finishSweep(_ sweep: Int, marksMissing: Bool, at date: Date, state: IIQSyncState) async throws -> Int {
        try await base.finishSweep(sweep, marksMissing: marksMissing, at: date, state: state)
    }
    func count(of entity: IIQSyncEntity, includingDeleted: Bool) async throws -> Int {
        try await base.count(of: entity, includingDeleted: includingDeleted)
    }
    func rows(of table: String) async throws -> [[String: String]] { try await base.rows(of: table) }
    func close() async throws { try await base.close() }
}
