import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

/// Parallel paging as the server sees it, over real HTTP on loopback through URLSessionTransport.
@Suite("Parallel paging over loopback HTTP", .serialized)
struct ParallelPagingTests {
    func tags(_ sequence: IIQPagedSequence<IIQAsset>) async throws -> [String] {
        var tags: [String] = []
        for try await asset in sequence { tags.append(asset.assetTag ?? "") }
        return tags
    }

    @Test("Every page is requested exactly once, items come in page order, at most 8 requests at once")
    func exactlyOnceInOrder() async throws {
        let server = try LoopbackPagingServer(.init(total: 600, hold: .milliseconds(20)))
        let client = try server.client()
        let tags = try await tags(client.assets.search(IIQAssetQuery(pageSize: 10)))
        #expect(tags == (0..<600).map { "T\($0)" })
        let counters = server.counters
        #expect(counters.requests == 60)
        #expect(counters.pages.sorted() == Array(0..<60))
        #expect(counters.peakInFlight <= 8)
        #expect(counters.peakInFlight > 2, "pages should be fetched in parallel")
    }

    @Test(
        "The bound holds per call, per client and under the client's pacing",
        arguments: [(3, 8, 8), (8, 2, 8), (8, 8, 2)])
    func bound(call: Int, client clientBound: Int, pacing: Int) async throws {
        let server = try LoopbackPagingServer(.init(total: 300, hold: .milliseconds(15)))
        let client = try server.client {
            $0.pageConcurrency = clientBound
            $0.pacing = IIQPacing(maximumInFlight: pacing)
        }
        let options = IIQRequestOptions(pageConcurrency: call == 8 ? nil : call)
        let tags = try await tags(client.assets.search(IIQAssetQuery(pageSize: 10), options: options))
        #expect(tags.count == 300)
        #expect(server.counters.pages.sorted() == Array(0..<30))
        #expect(server.counters.peakInFlight <= min(call, clientBound, pacing))
        #expect(server.counters.peakInFlight >= 2)
    }

    @Test("A tenant that answers 429 past 2 requests in flight: the walk backs off instead of storming")
    func backOffOn429() async throws {
        let server = try LoopbackPagingServer(.init(total: 400, hold: .milliseconds(20), concurrencyLimit: 2))
        let client = try server.client {
            $0.retryPolicy = IIQRetryPolicy(
                maximumAttempts: 8, rateLimitBaseDelay: .milliseconds(10), rateLimitMaximumDelay: .milliseconds(40))
        }
        let tags = try await tags(client.assets.search(IIQAssetQuery(pageSize: 10)))
        #expect(tags == (0..<400).map { "T\($0)" })
        let counters = server.counters
        // Each 429 costs exactly one more request, and they stay a fraction of the pages: the limit
        // halves on a 429 and creeps back up by one per round trip.
        #expect(counters.requests == 40 + counters.rateLimited)
        #expect(counters.pages.sorted() == Array(0..<40))
        #expect(counters.rateLimited <= 20, "\(counters.rateLimited) 429s for 40 pages")
    }

    @Test("Cancelling the task stops the walk: nothing is on the wire after it, and nothing more is sent")
    func cancellation() async throws {
        let server = try LoopbackPagingServer(.init(total: 10_000, hold: .milliseconds(10)))
        let client = try server.client()
        let seen = Locked(0)
        let task = Task {
            for try await _ in client.assets.search(IIQAssetQuery(pageSize: 10)) {
                if seen.mutate({
                    $0 += 1
                    return $0
                }) == 95 {
                    withUnsafeCurrentTask { $0?.cancel() }
                }
            }
        }
        let result = await task.result
        if case .failure(let error as IIQError) = result, case .cancelled = error {
        } else {
            Issue.record("expected IIQError.cancelled, got \(result)")
        }
        let settled = try #require(await quietRequestCount(of: server))
        try await Task.sleep(for: .milliseconds(300))
        #expect(server.counters.requests == settled)
        // The ten pages consumed, and at most a window of 16 (twice the concurrency) past them.
        #expect(settled <= 10 + 16)
        #expect(Set(server.counters.pages).count == settled)
    }

    @Test("Breaking out of the loop stops the walk: nothing more is sent")
    func breakOut() async throws {
        let server = try LoopbackPagingServer(.init(total: 10_000, hold: .milliseconds(10)))
        let client = try server.client()
        var count = 0
        for try await _ in client.assets.search(IIQAssetQuery(pageSize: 10)) {
            count += 1
            if count == 55 { break }
        }
        let settled = try #require(await quietRequestCount(of: server))
        try await Task.sleep(for: .milliseconds(300))
        #expect(server.counters.requests == settled)
        // The six pages read, and at most a window of 16 (twice the concurrency) past them.
        #expect(settled <= 6 + 16)
    }

    /// The server's request count once nothing is in flight and no request has arrived for 200 ms, or
    /// nil if that never happens within 10 seconds (a walk that goes on sending).
    ///
    /// A request the transport wrote before the cancellation can reach a loaded server a little
    /// later, after a moment with nothing in flight; counting at that moment flaked (15 seen, 17
    /// arrived). Counting after a quiet spell still fails a walk that keeps sending, through the
    /// bound on the count and the second look 300 ms later.
    private func quietRequestCount(of server: LoopbackPagingServer) async -> Int? {
        let deadline = ContinuousClock.now + .seconds(10)
        var last = -1
        var quietSince = ContinuousClock.now
        while ContinuousClock.now < deadline {
            let now = server.counters.requests
            if now != last || server.counters.inFlight != 0 {
                last = now
                quietSince = ContinuousClock.now
            } else if ContinuousClock.now - quietSince >= .milliseconds(200) {
                return now
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return nil
    }
}
