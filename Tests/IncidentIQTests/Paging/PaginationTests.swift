import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Pagination")
struct PaginationTests {
    func walk(_ server: PagingServer, pageSize: Int, prefetch: Bool = true, concurrency: Int? = nil) async throws
        -> [IIQAsset]
    {
        let client = try Fixture.client(server.transport)
        var assets: [IIQAsset] = []
        let options = IIQRequestOptions(pageConcurrency: concurrency)
        for try await asset in client.assets.search(IIQAssetQuery(pageSize: pageSize), options: options).prefetching(
            prefetch)
        {
            assets.append(asset)
        }
        return assets
    }

    @Test(
        "Exact request counts for N items over several page sizes",
        arguments: [(0, 100, 1), (1, 100, 1), (100, 100, 1), (101, 100, 2), (250, 100, 3), (1000, 7, 143), (5, 1, 5)])
    func requestCounts(total: Int, pageSize: Int, expectedRequests: Int) async throws {
        for (prefetch, concurrency) in [(false, 8), (true, 1), (true, 2), (true, 8)] {
            let server = PagingServer(.init(total: total))
            let assets = try await walk(server, pageSize: pageSize, prefetch: prefetch, concurrency: concurrency)
            #expect(assets.count == total)
            #expect(assets.map(\.assetTag) == (0..<total).map { "T\($0)" })
            #expect(server.requestCount == expectedRequests, "prefetch \(prefetch), concurrency \(concurrency)")
            // Every page exactly once; with pages in flight together they may reach the server in
            // any order, and the items still come out in page order (above).
            #expect(server.requestedPages.sorted() == Array(0..<expectedRequests))
            if !prefetch { #expect(server.requestedPages == Array(0..<expectedRequests)) }
        }
    }

    @Test("Each request carries $s, $p and the sort")
    func queryItems() async throws {
        let server = PagingServer(.init(total: 3))
        let client = try Fixture.client(server.transport)
        let query = IIQAssetQuery(
            filters: [.location(IIQLocation.ID(UUID()))], sort: .descending("AssetTag"), pageSize: 2)
        _ = try await client.assets.search(query).all()
        let requests = server.transport.requests
        #expect(requests.map { $0.queryValue("$s") } == ["2", "2"])
        #expect(requests.map { $0.queryValue("$p") } == ["0", "1"])
        #expect(requests.allSatisfy { $0.queryValue("$o") == "AssetTag" && $0.queryValue("$d") == "Descending" })
        #expect(requests.allSatisfy { $0.method == .post && $0.path == "/api/v1.0/assets" })
    }

    @Test("Without Paging, a short page or a small ItemCount ends the walk", arguments: [0, 1, 99, 100, 101, 350])
    func withoutPaging(total: Int) async throws {
        let server = PagingServer(.init(total: total, sendsPaging: false))
        let assets = try await walk(server, pageSize: 100)
        #expect(assets.count == total)
        // A full last page needs one more request to see the empty page after it.
        #expect(server.requestCount == total / 100 + 1)
    }

    @Test("A server that ignores $p is a typed error, never an endless loop")
    func ignoresPageIndex() async throws {
        let server = PagingServer(.init(total: 500, ignoresPageIndex: true))
        let error = await captureError { try await walk(server, pageSize: 100) }
        guard case .pagination(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.reason == .repeatedPage(pageIndex: 1))
        #expect(failure.operation == "assets.search")
        // Page 0 promised five pages; the pages asked for past it are cancelled once page 1 repeats it.
        #expect(server.requestCount <= 5)
        #expect(Set(server.requestedPages).count == server.requestCount)
    }

    @Test("A repeated page without Paging is caught by its content")
    func repeatedWithoutPaging() async throws {
        let server = PagingServer(.init(total: 500, sendsPaging: false, ignoresPageIndex: true))
        let error = await captureError { try await walk(server, pageSize: 100, prefetch: false) }
        guard case .pagination(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.reason == .repeatedPage(pageIndex: 1))
        #expect(server.requestCount == 2)
    }

    @Test("A TotalRows that keeps growing is capped at maximumPages")
    func growingTotal() async throws {
        let server = PagingServer(.init(total: 10, growthPerRequest: 10))
        let client = try Fixture.client(server.transport)
        let query = IIQAssetQuery(pageSize: 10, maximumPages: 25)
        var count = 0
        let error = await captureError {
            for try await _ in client.assets.search(query).prefetching(false) { count += 1 }
        }
        guard case .pagination(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.reason == .pageLimitExceeded(limit: 25))
        #expect(server.requestCount == 25)
        #expect(count == 250)
    }

    @Test("A growing table within the bound is walked to its end")
    func growingWithinBound() async throws {
        let server = PagingServer(.init(total: 30, growthPerRequest: 5))
        let assets = try await walk(server, pageSize: 10, prefetch: false)
        #expect(assets.count >= 30)
        #expect(server.requestCount < 20)
    }

    @Test("Cancellation stops the walk between pages; no request is sent after it")
    func cancellation() async throws {
        let server = PagingServer(.init(total: 10_000, delay: .milliseconds(5)))
        let client = try Fixture.client(server.transport)
        let seen = Locked(0)
        let task = Task {
            for try await _ in client.assets.search(IIQAssetQuery(pageSize: 10)).prefetching(false) {
                if seen.mutate({
                    $0 += 1
                    return $0
                }) == 25 {
                    withUnsafeCurrentTask { $0?.cancel() }
                }
            }
        }
        let result = await task.result
        #expect(throws: IIQError.self) { try result.get() }
        if case .failure(let error as IIQError) = result, case .cancelled = error {
        } else {
            Issue.record("expected IIQError.cancelled, got \(result)")
        }
        let requestsAtCancel = server.requestCount
        try await Task.sleep(for: .milliseconds(50))
        #expect(server.requestCount == requestsAtCancel)
        #expect(requestsAtCancel <= 3)
    }

    @Test(
        "A walk keeps at most twice its concurrency of pages ahead of the consumer, and its concurrency on the wire",
        arguments: [1, 2, 3, 8])
    func prefetchBounded(concurrency: Int) async throws {
        let server = PagingServer(.init(total: 200, delay: .milliseconds(2)))
        let client = try Fixture.client(server.transport)
        let options = IIQRequestOptions(pageConcurrency: concurrency)
        var iterator = client.assets.search(IIQAssetQuery(pageSize: 10), options: options).pages.makeAsyncIterator()
        var consumed = 0
        while let page = try await iterator.next() {
            consumed += 1
            // Work slowly on each page: the walker may fetch and decode the pages after it.
            try await Task.sleep(for: .milliseconds(10))
            #expect(server.requestCount <= consumed + max(concurrency * 2, 2))
            #expect(page.items.count == 10)
        }
        #expect(consumed == 20)
        #expect(server.maximumInFlight <= concurrency)
        #expect(server.requestCount == 20)
    }

    @Test("With a concurrency of 2, the walk overlaps the network, decoding and the consumer's work as prefetch did")
    func prefetchOverlaps() async throws {
        let server = PagingServer(.init(total: 100, delay: .milliseconds(30)))
        let client = try Fixture.client(server.transport)
        let options = IIQRequestOptions(pageConcurrency: 2)
        var iterator = client.assets.search(IIQAssetQuery(pageSize: 10), options: options).pages.makeAsyncIterator()
        _ = try await iterator.next()
        // While page 0 is being worked on, pages 1 to 4 (PageCount says they exist) are asked for,
        // two on the wire at a time, before any is handed over; page 5 waits for the consumer.
        #expect(await eventually { server.requestCount == 5 })
        try await Task.sleep(for: .milliseconds(100))
        // Pages sent together may reach the server in either order.
        #expect(server.requestedPages.sorted() == [0, 1, 2, 3, 4])
        #expect(server.maximumInFlight == 2)
        #expect(try await iterator.next()?.pageIndex == 1)
        #expect(await eventually { server.requestCount == 6 })
        #expect(server.requestedPages.sorted() == [0, 1, 2, 3, 4, 5])
        #expect(server.requestedPages.last == 5)
    }

    @Test("Without PageCount, prefetch asks only for the page the walk is sure to need")
    func prefetchWithoutPageCount() async throws {
        let server = PagingServer(.init(total: 50, sendsPaging: false, delay: .milliseconds(5)))
        let client = try Fixture.client(server.transport)
        var iterator = client.assets.search(IIQAssetQuery(pageSize: 10)).pages.makeAsyncIterator()
        _ = try await iterator.next()
        #expect(await eventually { server.requestCount == 2 })
        try await Task.sleep(for: .milliseconds(100))
        #expect(server.requestedPages == [0, 1])
    }

    @Test("A speculative request past a shrinking PageCount is cancelled, never yielded")
    func prefetchPastShrinkingPageCount() async throws {
        // The table shrinks by 20 rows per request: page 1 reports fewer pages than page 0 promised.
        let server = PagingServer(.init(total: 60, growthPerRequest: -20, delay: .milliseconds(5)))
        let client = try Fixture.client(server.transport)
        var pages: [Int] = []
        for try await page in client.assets.search(IIQAssetQuery(pageSize: 10)).pages { pages.append(page.pageIndex) }
        #expect(pages == [0, 1])
    }

    @Test("An error on a prefetched page surfaces exactly once, in order", arguments: [false, true])
    func errorOnce(prefetch: Bool) async throws {
        let server = PagingServer(.init(total: 50, failingPage: 2))
        let client = try Fixture.client(server.transport)
        var iterator = client.assets.search(IIQAssetQuery(pageSize: 10)).prefetching(prefetch).pages.makeAsyncIterator()
        #expect(try await iterator.next()?.pageIndex == 0)
        #expect(try await iterator.next()?.pageIndex == 1)
        await #expect(throws: IIQError.self) { _ = try await iterator.next() }
        #expect(try await iterator.next() == nil)
        #expect(try await iterator.next() == nil)
        // In parallel, later pages may have been asked for too, in any order, each once.
        if prefetch {
            #expect(Set(server.requestedPages).isSuperset(of: [0, 1, 2]))
            #expect(Set(server.requestedPages).count == server.requestCount)
        } else {
            #expect(server.requestedPages == [0, 1, 2])
        }
    }

    @Test("Breaking out early leaves no request running")
    func earlyExit() async throws {
        let server = PagingServer(.init(total: 1000, delay: .milliseconds(20)))
        let client = try Fixture.client(server.transport)
        for try await asset in client.assets.search(IIQAssetQuery(pageSize: 10)) where asset.assetTag == "T3" {
            break
        }
        // The requests already on the wire are cancelled; then nothing more is sent.
        #expect(await eventually { server.inFlight == 0 })
        let settled = server.requestCount
        try await Task.sleep(for: .milliseconds(200))
        #expect(server.requestCount == settled)
        // Page 0, and at most a window (twice the concurrency) of pages past it.
        #expect(settled <= 1 + 2 * IIQConfiguration.defaultPageConcurrency)
    }

    @Test("The pages view reports paging facts")
    func pagesView() async throws {
        let server = PagingServer(.init(total: 25))
        let client = try Fixture.client(server.transport)
        var pages: [IIQPage<IIQAsset>] = []
        for try await page in client.assets.search(IIQAssetQuery(pageSize: 10)).pages { pages.append(page) }
        #expect(pages.map(\.pageIndex) == [0, 1, 2])
        #expect(pages.map(\.items.count) == [10, 10, 5])
        #expect(pages.allSatisfy { $0.totalRows == 25 && $0.pageCount == 3 && $0.pageSize == 10 })
    }

    @Test("first(n) fetches only the pages it needs")
    func firstItems() async throws {
        let server = PagingServer(.init(total: 1000))
        let client = try Fixture.client(server.transport)
        let first = try await client.assets.search(IIQAssetQuery(pageSize: 10)).first(25)
        #expect(first.map(\.assetTag) == (0..<25).map { "T\($0)" })
        #expect(server.requestCount == 3)
        #expect(try await client.assets.search().first(0).isEmpty)
    }

    @Test("all(limit:) returns everything, or refuses to truncate")
    func allWithLimit() async throws {
        let server = PagingServer(.init(total: 30))
        let client = try Fixture.client(server.transport)
        #expect(try await client.assets.search(IIQAssetQuery(pageSize: 10)).all(limit: 30).count == 30)
        let error = await captureError { try await client.assets.search(IIQAssetQuery(pageSize: 10)).all(limit: 29) }
        guard case .invalidArgument(let issue)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(issue.argument == "limit")
    }

    @Test("totalCount sends $s=1 and reads TotalRows")
    func totalCount() async throws {
        let server = PagingServer(.init(total: 4321))
        let client = try Fixture.client(server.transport)
        #expect(try await client.assets.search().totalCount() == 4321)
        #expect(server.requestCount == 1)
        #expect(server.transport.lastRequest?.queryValue("$s") == "1")
        #expect(server.transport.lastRequest?.queryValue("$p") == "0")
    }

    @Test("totalCount without Paging counts by walking")
    func totalCountWithoutPaging() async throws {
        let server = PagingServer(.init(total: 250, sendsPaging: false))
        let client = try Fixture.client(server.transport)
        #expect(try await client.assets.search().totalCount() == 250)
    }

    @Test("A page size below 1 is refused before sending", arguments: [0, -5])
    func invalidPageSize(_ size: Int) async throws {
        let server = PagingServer(.init(total: 10))
        let client = try Fixture.client(server.transport)
        let error = await captureError { try await client.assets.search(IIQAssetQuery(pageSize: size)).all() }
        guard case .invalidArgument(let issue)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(issue.argument == "pageSize")
        #expect(server.requestCount == 0)
    }

    @Test("A walk can be iterated twice, each from the first page")
    func restartable() async throws {
        let server = PagingServer(.init(total: 15))
        let client = try Fixture.client(server.transport)
        let search = client.assets.search(IIQAssetQuery(pageSize: 10))
        #expect(try await search.all().count == 15)
        #expect(try await search.all().count == 15)
        #expect(server.requestedPages == [0, 1, 0, 1])
    }
}

@Suite("Pagination state machine")
struct PaginationStateTests {
    @Test("PageCount decides; an empty page ends; the bound throws")
    func rules() throws {
        var state = PaginationState(pageSize: 10, maximumPages: 3)
        try state.advance(itemCount: 10, fingerprint: 1, reportedPageIndex: 0, pageCount: 5, envelopeItemCount: nil)
        #expect(state.nextIndex == 1)
        try state.advance(itemCount: 10, fingerprint: 2, reportedPageIndex: 1, pageCount: 5, envelopeItemCount: nil)
        #expect(try state.pageToFetch() == 2)
        try state.advance(itemCount: 10, fingerprint: 3, reportedPageIndex: 2, pageCount: 5, envelopeItemCount: nil)
        #expect(state.nextIndex == 3)
        #expect(throws: IIQPaginationFailure.Reason.pageLimitExceeded(limit: 3)) { try state.pageToFetch() }
        #expect(try state.pageToFetch() == nil)
        var empty = PaginationState(pageSize: 10, maximumPages: 3)
        try empty.advance(itemCount: 0, fingerprint: nil, reportedPageIndex: 0, pageCount: 5, envelopeItemCount: nil)
        #expect(empty.nextIndex == nil)
    }

    @Test("An earlier PageIndex than asked means $p was ignored; a later one is tolerated")
    func reportedIndex() throws {
        var state = PaginationState(pageSize: 10, maximumPages: 100)
        try state.advance(itemCount: 10, fingerprint: 1, reportedPageIndex: 1, pageCount: 5, envelopeItemCount: nil)
        #expect(state.nextIndex == 1)
        #expect(throws: IIQPaginationFailure.Reason.repeatedPage(pageIndex: 1)) {
            try state.advance(itemCount: 10, fingerprint: 2, reportedPageIndex: 0, pageCount: 5, envelopeItemCount: nil)
        }
    }
}
