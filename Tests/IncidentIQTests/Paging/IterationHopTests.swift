import Foundation
import Synchronization
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

/// A serial executor that counts the jobs it is given: every time a task comes back to its actor
/// (after a suspension, or after a hop to another executor), that is one job.
private final class CountingExecutor: SerialExecutor {
    let jobs = Atomic<Int>(0)
    private let queue = DispatchQueue(label: "counting-executor")

    func enqueue(_ job: consuming ExecutorJob) {
        jobs.add(1, ordering: .relaxed)
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor { UnownedSerialExecutor(ordinary: self) }
}

/// An actor on the counting executor, standing in for the main actor a command-line tool's
/// top-level code runs on.
private actor CountingActor {
    let executor = CountingExecutor()
    nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    func count<Items: AsyncSequence>(_ items: Items) async throws -> Int {
        var count = 0
        for try await _ in items { count += 1 }
        return count
    }
}

/// A loop over a walk's items on an actor hops off that actor to fetch a page, never for an item
/// already fetched: a hop per item is two thread switches per item, which cost more CPU than decoding
/// the items (a 50,000-asset walk from the main actor made 114,000 context switches, against 14,000
/// for a plain URLSession loop).
@Suite("Iterating on an actor hops per page, not per item")
struct IterationHopTests {
    @Test("items of a search")
    func searchItems() async throws {
        let client = try Fixture.client(sandbox: IIQSandbox(district: IIQSandboxDistrict(seed: 2, assets: 1_000)))
        let actor = CountingActor()
        let walk = client.assets.search(IIQAssetQuery(pageSize: 250), options: IIQRequestOptions(pageConcurrency: 1))
        let count = try await actor.count(walk)
        #expect(count == 1_000)
        // Four pages: a few jobs each (the call, each page's return); one per item would be 1,000.
        let jobs = actor.executor.jobs.load(ordering: .relaxed)
        #expect(jobs < 100, "\(jobs) jobs on the actor for 1,000 items in 4 pages")
    }

    @Test("records of a change walk")
    func changedRecords() async throws {
        let client = try Fixture.client(sandbox: IIQSandbox(district: IIQSandboxDistrict(seed: 2, assets: 1_000)))
        let actor = CountingActor()
        let count = try await actor.count(client.assets.changes(since: .beginning, pageSize: 250))
        #expect(count == 1_000)
        let jobs = actor.executor.jobs.load(ordering: .relaxed)
        #expect(jobs < 100, "\(jobs) jobs on the actor for 1,000 records in 4 pages")
    }
}
