import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

/// Incremental sync on the sandbox: writes between checkpoints and during a walk.
@Suite("Sandbox: syncing what changed since a checkpoint")
struct SandboxSyncTests {
    /// A clock past every seeded date, so each write is the newest change, as on a live tenant.
    static func clock() -> SandboxClock {
        let clock = SandboxClock()
        clock.advance(by: 400 * 86_400)
        return clock
    }

    /// Changes an asset's notes, stamping it with the sandbox clock's instant.
    static func touch(_ id: IIQAsset.ID, _ client: IIQClient, _ note: String) async throws {
        var update = IIQAssetUpdate()
        update.notes = note
        _ = try await client.assets.update(id, with: update)
    }

    /// What a walk delivered, as versions, and the walk itself.
    static func collect<Element>(_ changes: IIQChangeSequence<Element>, _ key: (Element) -> (UUID, Date?)) async throws
        -> [(id: UUID, modified: Date?)]
    {
        var delivered: [(id: UUID, modified: Date?)] = []
        for try await record in changes { delivered.append(key(record)) }
        return delivered
    }

    /// Every asset the checkpoint does not cover, read straight from a full search.
    static func expectedAssets(after checkpoint: IIQSyncCheckpoint, _ client: IIQClient) async throws -> Set<UUID> {
        Set(
            try await client.assets.search(IIQAssetQuery(pageSize: 1000)).all().filter { asset in
                guard let modified = asset.modifiedDate else { return false }
                return !checkpoint.covers(id: asset.id.uuid, modifiedAt: modified)
            }.map(\.id.uuid))
    }

    @Test("No asset between two checkpoints is missed or delivered twice, ties at the boundary included")
    func betweenCheckpoints() async throws {
        let clock = Self.clock()
        let sandbox = IIQSandbox(now: clock.reader)
        let client = try Fixture.client(sandbox: sandbox)
        let assets = try await client.assets.search(IIQAssetQuery(pageSize: 40)).first(40).map(\.id)
        let start = IIQSyncCheckpoint(since: clock.now)

        // Five writes in one instant, then the first sync.
        clock.advance(by: 10)
        for id in assets[0..<5] { try await Self.touch(id, client, "first") }
        let first = client.assets.changes(since: start, pageSize: 3)
        let firstDelivered = try await Self.collect(first) { ($0.id.uuid, $0.modifiedDate) }
        #expect(Set(firstDelivered.map(\.id)) == Set(assets[0..<5].map(\.uuid)))
        #expect(firstDelivered.count == 5)
        let checkpoint = first.checkpoint
        #expect(first.isComplete && checkpoint.modifiedDate == clock.now && checkpoint.ids.count == 5)

        // Between the syncs: two more writes in the checkpoint's own instant, then eight later ones,
        // one of them to an asset the first sync delivered.
        for id in assets[5..<7] { try await Self.touch(id, client, "same instant") }
        for (offset, id) in ([assets[0]] + assets[7..<14]).enumerated() {
            clock.advance(by: offset % 2 == 0 ? 1 : 0)
            try await Self.touch(id, client, "later")
        }
        let expected = try await Self.expectedAssets(after: checkpoint, client)
        #expect(expected == Set(([assets[0]] + assets[5..<14]).map(\.uuid)))

        let second = client.assets.changes(since: checkpoint, pageSize: 4)
        let secondDelivered = try await Self.collect(second) { ($0.id.uuid, $0.modifiedDate) }
        #expect(secondDelivered.count == expected.count, "nothing twice")
        #expect(Set(secondDelivered.map(\.id)) == expected, "nothing missed")
        #expect(
            secondDelivered.map(\.modified)
                == secondDelivered.map(\.modified).sorted { ($0 ?? .distantPast) < ($1 ?? .distantPast) })
        #expect(second.isComplete && second.passes == 1)
        #expect(second.checkpoint.modifiedDate == clock.now)

        // Nothing changed since: an empty walk that keeps the checkpoint.
        let third = client.assets.changes(since: second.checkpoint)
        #expect(try await Self.collect(third) { ($0.id.uuid, $0.modifiedDate) }.isEmpty)
        #expect(third.checkpoint == second.checkpoint)
    }

    @Test("Tickets and users changed between checkpoints are delivered exactly once")
    func ticketsAndUsers() async throws {
        let clock = Self.clock()
        let sandbox = IIQSandbox(now: clock.reader)
        let client = try Fixture.client(sandbox: sandbox)
        let tickets = try await client.tickets.search(IIQTicketQuery(pageSize: 10)).first(10).map(\.id)
        let users = try await client.users.search(IIQUserQuery(pageSize: 10)).first(10).map(\.id)
        let start = IIQSyncCheckpoint(since: clock.now)
        clock.advance(by: 5)
        for id in tickets[0..<3] { try await client.tickets.addComment("Looking.", to: id) }
        for id in users[0..<3] {
            var update = IIQUserUpdate()
            update.grade = "09"
            _ = try await client.users.update(id, with: update)
        }
        let firstTickets = client.tickets.changes(since: start)
        let firstUsers = client.users.changes(since: start)
        #expect(
            Set(try await Self.collect(firstTickets) { ($0.id.uuid, $0.modifiedDate) }.map(\.id))
                == Set(tickets[0..<3].map(\.uuid)))
        #expect(
            Set(try await Self.collect(firstUsers) { ($0.id.uuid, $0.modifiedDate) }.map(\.id))
                == Set(users[0..<3].map(\.uuid)))

        // One more in the same instant, then later writes, custom field writes among them.
        try await client.tickets.addComment("Same instant.", to: tickets[3])
        clock.advance(by: 1)
        let room = try #require(try await client.customFields.definitions(for: .ticket)["Room Number"])
        try await client.customFields.set(room, to: "204", on: .ticket(tickets[4]))
        let locker = try #require(try await client.customFields.definitions(for: .user)["Locker Number"])
        try await client.customFields.set(locker, to: "L-1", on: .user(users[4]))

        let secondTickets = try await Self.collect(client.tickets.changes(since: firstTickets.checkpoint, pageSize: 2))
        {
            ($0.id.uuid, $0.modifiedDate)
        }
        #expect(secondTickets.map(\.id) == [tickets[3].uuid, tickets[4].uuid])
        let secondUsers = try await Self.collect(client.users.changes(since: firstUsers.checkpoint)) {
            ($0.id.uuid, $0.modifiedDate)
        }
        #expect(secondUsers.map(\.id) == [users[4].uuid])
    }

    /// A transport that runs `hook` before the sandbox answers the first request for page 1 of a change walk.
    final class WriteDuringWalk: IIQTransport {
        let sandbox: IIQSandbox
        let hook: @Sendable () async throws -> Void
        private let fired = Locked(false)

        init(_ sandbox: IIQSandbox, hook: @escaping @Sendable () async throws -> Void) {
            self.sandbox = sandbox
            self.hook = hook
        }

        func send(_ request: IIQHTTPRequest) async throws -> IIQHTTPResponse {
            let isChangeWalk = request.url.path.hasSuffix("/assets") && request.queryValue("$o") == "ModifiedDate"
            if isChangeWalk, request.queryValue("$p") == "1",
                fired.mutate({ fired in
                    defer { fired = true }
                    return !fired
                })
            {
                try await hook()
            }
            return try await sandbox.send(request)
        }
    }

    /// Thirty assets changed one second apart, walked five to a page, while the first two are
    /// changed again as page 1 is requested: both move to the end and two others slide into page 0.
    static func walkWithWritesDuringIt(maximumPasses: Int) async throws
        -> (delivered: [(id: UUID, modified: Date?)], changes: IIQChangeSequence<IIQAsset>, ids: [IIQAsset.ID])
    {
        let clock = Self.clock()
        let sandbox = IIQSandbox(now: clock.reader)
        let writer = try Fixture.client(sandbox: sandbox)
        let ids = try await writer.assets.search(IIQAssetQuery(pageSize: 30)).first(30).map(\.id)
        let start = IIQSyncCheckpoint(since: clock.now)
        for id in ids {
            clock.advance(by: 1)
            try await Self.touch(id, writer, "batch")
        }
        let transport = WriteDuringWalk(sandbox) {
            for id in ids[0..<2] {
                clock.advance(by: 1)
                try await Self.touch(id, writer, "during the walk")
            }
        }
        let reader = try Fixture.client(transport, token: sandbox.issueToken())
        let changes = reader.assets.changes(since: start, pageSize: 5).maximumPasses(maximumPasses)
        let delivered = try await Self.collect(changes) { ($0.id.uuid, $0.modifiedDate) }
        return (delivered, changes, ids)
    }

    @Test("Writes during the walk: records that slide into a page already read are found by a second pass")
    func writesDuringTheWalk() async throws {
        let (delivered, changes, ids) = try await Self.walkWithWritesDuringIt(maximumPasses: 4)
        #expect(Set(delivered.map(\.id)) == Set(ids.map(\.uuid)), "nothing missed")
        let versions = delivered.map { "\($0.id) \($0.modified?.timeIntervalSince1970 ?? 0)" }
        #expect(Set(versions).count == versions.count, "no version twice")
        // The two assets changed during the walk come twice: once per change.
        #expect(delivered.filter { $0.id == ids[0].uuid }.count == 2)
        #expect(delivered.count == 32)
        #expect(changes.passes == 2 && changes.isComplete)
        #expect(changes.checkpoint.ids == [ids[1].uuid])
    }

    @Test("The same walk with one pass misses records, so it does not move the checkpoint")
    func onePassIsNotEnough() async throws {
        let (delivered, changes, ids) = try await Self.walkWithWritesDuringIt(maximumPasses: 1)
        #expect(Set(delivered.map(\.id)).count < ids.count, "the shift really skips records")
        #expect(changes.passes == 1 && !changes.isComplete)
        #expect(changes.checkpoint == changes.start)
    }
}
