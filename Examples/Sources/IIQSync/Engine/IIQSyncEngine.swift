import Foundation
import IncidentIQ

/// Copies a district's Incident IQ data into an ``IIQSyncStore``, incrementally and resumably.
///
/// ```swift
/// let store = try IIQSQLiteStore(path: "iiq.sqlite")
/// let report = try await IIQSyncEngine(client: client, store: store).run()
/// ```
///
/// - Catalogues (locations, rooms, teams, issues, custom fields) are read whole on every run; rows
///   no longer listed are marked deleted.
/// - Users, assets and tickets are read by `changes(since:)` from the checkpoint stored in
///   `sync_state`. Every `sweepEvery`th run (and the first) sweeps instead: a full read with
///   parallel paging, a catch-up walk of what changed during it, then rows the sweep did not see are
///   marked deleted (`deleted_at`), since IIQ leaves deleted records out of its searches.
/// - Each page is written in one transaction together with the checkpoint it makes safe, so a run
///   killed at any point resumes from the last page written; rows are upserted by id, so nothing
///   is duplicated.
public struct IIQSyncEngine: Sendable {
    /// How far before a sweep's start its catch-up walk begins: a day, whatever time zone IIQ's
    /// zone-less dates are in.
    static let sweepOverlap: TimeInterval = 86_400

    /// The client it reads with.
    public let client: IIQClient
    /// The database it writes to.
    public let store: any IIQSyncStore
    /// What it copies and how.
    public var options: IIQSyncOptions
    /// Called with progress, from the task running the sync.
    public var observer: (@Sendable (IIQSyncEvent) -> Void)?

    /// An engine that copies what `options` names from `client` to `store`.
    public init(
        client: IIQClient, store: any IIQSyncStore, options: IIQSyncOptions = IIQSyncOptions(),
        observer: (@Sendable (IIQSyncEvent) -> Void)? = nil
    ) {
        self.client = client
        self.store = store
        self.options = options
        self.observer = observer
    }

    /// Runs one sync. Throws ``IIQSyncFailure`` naming the entity, page and error; what was written
    /// before it stays written.
    public func run() async throws(IIQSyncFailure) -> IIQSyncReport {
        let start = ContinuousClock.now
        do {
            try await store.prepare()
        } catch {
            throw IIQSyncFailure(entity: nil, page: nil, stage: .preparing, underlying: error)
        }
        var reports: [IIQSyncEntityReport] = []
        for entity in IIQSyncEntity.allCases where options.entities.contains(entity) {
            let report = try await sync(entity)
            observer?(.finished(report))
            reports.append(report)
        }
        return IIQSyncReport(entities: reports, duration: ContinuousClock.now - start)
    }

    private func sync(_ entity: IIQSyncEntity) async throws(IIQSyncFailure) -> IIQSyncEntityReport {
        let stored: IIQSyncState?
        do {
            stored = try await store.state(of: entity)
        } catch {
            throw IIQSyncFailure(entity: entity, page: nil, stage: .reading, underlying: error)
        }
        let state = stored ?? IIQSyncState(entity: entity)
        let client = client
        let pageSize = options.pageSize
        switch entity {
        case .locations:
            return try await catalogue(state, CatalogueMappings.locations) { sender in
                for try await page in client.locations.all(pageSize: pageSize).pages {
                    sender.send(
                        FetchedBatch(rows: page.items.map(CatalogueMappings.locations.row), total: page.totalRows))
                }
            }
        case .rooms:
            // One request per location, up to the client's page concurrency at a time.
            let concurrency = max(client.configuration.pageConcurrency, 1)
            return try await catalogue(state, CatalogueMappings.rooms) { sender in
                let locations = try await client.locations.all(pageSize: pageSize).all()
                try await withThrowingTaskGroup(of: [IIQSyncRow].self) { group in
                    for (index, location) in locations.enumerated() {
                        if index >= concurrency, let rows = try await group.next(), !rows.isEmpty {
                            sender.send(FetchedBatch(rows: rows))
                        }
                        group.addTask {
                            try await client.locations.rooms(in: location.id).map { room in
                                var room = room
                                if room.locationID == nil { room.locationID = location.id }
                                return CatalogueMappings.rooms.row(room)
                            }
                        }
                    }
                    for try await rows in group where !rows.isEmpty { sender.send(FetchedBatch(rows: rows)) }
                }
            }
        case .teams:
            return try await catalogue(state, CatalogueMappings.teams) { sender in
                for try await page in client.teams.all(pageSize: pageSize).pages {
                    sender.send(FetchedBatch(rows: page.items.map(CatalogueMappings.teams.row), total: page.totalRows))
                }
            }
        case .issues:
            return try await catalogue(state, CatalogueMappings.issues) { sender in
                for try await page in client.issues.all(pageSize: pageSize).pages {
                    sender.send(FetchedBatch(rows: page.items.map(CatalogueMappings.issues.row), total: page.totalRows))
                }
            }
        case .customFields:
            return try await catalogue(state, CatalogueMappings.customFields) { sender in
                for kind in IIQCustomFieldEntity.allCases {
                    let fields = try await client.customFields.definitions(for: kind).fields.compactMap { field in
                        field.valueKey.map {
                            CatalogueMappings.DefinedField(entity: kind, field: field, typeID: $0.uuid)
                        }
                    }
                    sender.send(FetchedBatch(rows: fields.map(CatalogueMappings.customFields.row)))
                }
            }
        case .users:
            return try await records(
                state, RecordMappings.users, everything: { client.users.search(IIQUserQuery(pageSize: pageSize)) },
                changes: { client.users.changes(since: $0, pageSize: pageSize) }, key: { ($0.id.uuid, $0.modifiedDate) }
            )
        case .assets:
            return try await records(
                state, RecordMappings.assets, everything: { client.assets.search(IIQAssetQuery(pageSize: pageSize)) },
                changes: { client.assets.changes(since: $0, pageSize: pageSize) },
                key: { ($0.id.uuid, $0.modifiedDate) })
        case .tickets:
            return try await records(
                state, RecordMappings.tickets,
                everything: { client.tickets.search(IIQTicketQuery(.all, pageSize: pageSize)) },
                changes: { client.tickets.changes(since: $0, pageSize: pageSize) },
                key: { ($0.id.uuid, $0.modifiedDate) })
        }
    }

    // MARK: Catalogues

    /// Reads a catalogue whole, writes it, and marks rows it no longer lists.
    private func catalogue<Record>(
        _ stored: IIQSyncState, _ mapping: SyncMapping<Record>,
        read: @escaping @Sendable (BatchPipeline.Sender) async throws -> Void
    ) async throws(IIQSyncFailure) -> IIQSyncEntityReport {
        let start = ContinuousClock.now
        let entity = stored.entity
        observer?(.started(entity, sweep: true))
        var state = stored
        let sweep = state.sweepInProgress ?? state.sweep + 1
        state.sweepInProgress = sweep
        var tally = Tally()
        try await pipeline(entity, state: &state, sweep: sweep, tally: &tally, read: read)
        state.sweep = sweep
        state.sweepInProgress = nil
        state.runsSinceSweep = 0
        state.lastSweepAt = Date()
        state.lastRunAt = state.lastSweepAt
        let marked = try await finish(entity, sweep: sweep, marksMissing: true, state: state, page: tally.batches + 1)
        return IIQSyncEntityReport(
            entity: entity, wasSwept: true, written: tally.written, markedDeleted: marked, batches: tally.batches,
            checkedDeletions: true, duration: ContinuousClock.now - start)
    }

    // MARK: Records

    /// Sweeps, or walks the changes since the stored checkpoint.
    private func records<Record: Sendable & Hashable>(
        _ stored: IIQSyncState, _ mapping: SyncMapping<Record>,
        everything: @escaping @Sendable () -> IIQPagedSequence<Record>,
        changes: @escaping @Sendable (IIQSyncCheckpoint) -> IIQChangeSequence<Record>,
        key: @escaping @Sendable (Record) -> (UUID, Date?)
    ) async throws(IIQSyncFailure) -> IIQSyncEntityReport {
        let start = ContinuousClock.now
        let entity = stored.entity
        var state = stored
        var tally = Tally()
        let sweepDue =
            options.forcesSweep || state.checkpoint == nil || state.sweepInProgress != nil
            || state.runsSinceSweep + 1 >= max(options.sweepEvery, 1)
        observer?(.started(entity, sweep: sweepDue))

        if !sweepDue {
            let checkpoint = state.checkpoint ?? .beginning
            let lastSweep = state.sweep
            try await walk(changes(checkpoint), mapping, key: key, state: &state, sweep: lastSweep, tally: &tally)
            state.runsSinceSweep += 1
            state.lastRunAt = Date()
            _ = try await finish(entity, sweep: state.sweep, marksMissing: false, state: state, page: tally.batches + 1)
            return IIQSyncEntityReport(
                entity: entity, wasSwept: false, written: tally.written, markedDeleted: 0, batches: tally.batches,
                checkedDeletions: false, duration: ContinuousClock.now - start)
        }

        let sweep = state.sweepInProgress ?? state.sweep + 1
        state.sweepInProgress = sweep
        let began = Date()
        // Offset paging can skip a record when others are deleted under it; a pass is trusted only
        // when IIQ's total held still and every record it counted was seen. At most three passes.
        var complete = false
        for _ in 1...3 where !complete {
            let seen = try await pipeline(entity, state: &state, sweep: sweep, tally: &tally) { sender in
                var ids = Set<UUID>()
                var totals = Set<Int>()
                for try await page in everything().pages {
                    ids.formUnion(page.items.map { key($0).0 })
                    if let total = page.totalRows { totals.insert(total) }
                    sender.send(FetchedBatch(rows: page.items.map(mapping.row), total: page.totalRows))
                }
                return totals.count <= 1 && ids.count == (totals.first ?? ids.count)
            }
            complete = seen
        }
        // What changed while the sweep read: walked by modified date, from a day before it began.
        let catchUp = IIQSyncCheckpoint(since: began.addingTimeInterval(-Self.sweepOverlap))
        state.checkpoint = catchUp
        try await walk(changes(catchUp), mapping, key: key, state: &state, sweep: sweep, tally: &tally)
        state.sweep = sweep
        state.sweepInProgress = nil
        state.runsSinceSweep = complete ? 0 : max(options.sweepEvery, 1)
        state.lastSweepAt = Date()
        state.lastRunAt = state.lastSweepAt
        let marked = try await finish(
            entity, sweep: sweep, marksMissing: complete, state: state, page: tally.batches + 1)
        return IIQSyncEntityReport(
            entity: entity, wasSwept: true, written: tally.written, markedDeleted: marked, batches: tally.batches,
            checkedDeletions: complete, duration: ContinuousClock.now - start)
    }

    /// Writes the records `changes` delivers, a page at a time. While they arrive in modified-date
    /// order, each page carries the checkpoint after its newest record, stored with it: everything
    /// not yet delivered is modified at or after it. When the order breaks (a repair pass, or a
    /// tenant that ignores the sort), pages carry none until the walk ends cleanly.
    private func walk<Record: Sendable & Hashable>(
        _ changes: IIQChangeSequence<Record>, _ mapping: SyncMapping<Record>,
        key: @escaping @Sendable (Record) -> (UUID, Date?), state: inout IIQSyncState, sweep: Int,
        tally: inout Tally
    ) async throws(IIQSyncFailure) {
        let pageSize = max(options.pageSize, 1)
        let entity = state.entity
        let ending = try await pipeline(entity, state: &state, sweep: sweep, tally: &tally) { sender in
            var progress: IIQSyncCheckpoint? = changes.start
            var rows: [IIQSyncRow] = []
            for try await record in changes {
                let (id, modified) = key(record)
                if let current = progress, let modified, modified >= current.modifiedDate {
                    progress =
                        modified > current.modifiedDate
                        ? IIQSyncCheckpoint(modifiedDate: modified, ids: [id])
                        : IIQSyncCheckpoint(modifiedDate: modified, ids: current.ids.union([id]))
                } else {
                    progress = nil
                }
                rows.append(mapping.row(record))
                if rows.count >= pageSize {
                    sender.send(FetchedBatch(rows: rows, checkpoint: progress))
                    rows = []
                }
            }
            if !rows.isEmpty { sender.send(FetchedBatch(rows: rows, checkpoint: progress)) }
            return changes.isComplete ? changes.checkpoint : nil
        }
        if let ending { state.checkpoint = Self.bounded(ending) }
    }

    /// `checkpoint`, or a day before now when it is more than a day ahead of this machine's clock.
    /// Records dated in the future (a skewed server clock, dates read in the wrong time zone, test
    /// data) would otherwise put the checkpoint past every change made later under a correct clock.
    /// Reading a day again costs upserts of rows that did not change; skipping changes costs data.
    static func bounded(_ checkpoint: IIQSyncCheckpoint, now: Date = Date()) -> IIQSyncCheckpoint {
        guard checkpoint.modifiedDate > now.addingTimeInterval(sweepOverlap) else { return checkpoint }
        return IIQSyncCheckpoint(since: now.addingTimeInterval(-sweepOverlap))
    }

    // MARK: Writing

    /// Counts what an entity wrote.
    private struct Tally {
        var written = 0
        var batches = 0
    }

    /// Reads with `read` and writes each batch it sends, with `state` (its checkpoint moved to the
    /// batch's) in the same transaction.
    private func pipeline<Result: Sendable>(
        _ entity: IIQSyncEntity, state: inout IIQSyncState, sweep: Int, tally: inout Tally,
        read: @escaping @Sendable (BatchPipeline.Sender) async throws -> Result
    ) async throws(IIQSyncFailure) -> Result {
        let store = store
        let observer = observer
        let offset = tally.batches
        var current = state
        var counts = tally
        defer {
            state = current
            tally = counts
        }
        do throws(BatchPipeline.StageError) {
            return try await BatchPipeline.run(produce: read) { batch, _ in
                if let checkpoint = batch.checkpoint { current.checkpoint = Self.bounded(checkpoint) }
                try await store.write(
                    IIQSyncBatch(entity: entity, rows: batch.rows, sweep: sweep, date: Date(), state: current))
                counts.written += batch.rows.count
                counts.batches += 1
                observer?(.progressed(entity, written: counts.written, total: batch.total))
            }
        } catch {
            throw IIQSyncFailure(entity: entity, page: offset + error.page, stage: error.stage, underlying: error.error)
        }
    }

    private func finish(_ entity: IIQSyncEntity, sweep: Int, marksMissing: Bool, state: IIQSyncState, page: Int)
        async throws(IIQSyncFailure) -> Int
    {
        do {
            return try await store.finishSweep(sweep, marksMissing: marksMissing, at: Date(), state: state)
        } catch {
            throw IIQSyncFailure(entity: entity, page: page, stage: .writing, underlying: error)
        }
    }
}
