/// Every item of a search or list, fetched page by page with `$s` (size) and `$p` (zero-based index).
///
/// ```swift
/// for try await asset in client.assets.search(IIQAssetQuery(filters: [.location(school)])) {
///     print(asset.assetTag ?? "")
/// }
/// ```
///
/// Nothing is sent until iteration starts, and each iteration starts a new walk.
///
/// - **Termination.** The walk stops at the last page (`PageIndex + 1 >= PageCount`) or on an empty
///   page; without `Paging`, on a short page or when `ItemCount` is below the page size.
/// - **Misbehaving servers.** A server that ignores `$p` and repeats a page ends the walk with
///   ``IIQError/Code/pagination``, never an endless loop. A walk never asks for more than
///   ``maximumPages`` pages (10,000 by default), however far `PageCount` grows.
/// - **Parallel pages.** Once the first page gives `PageCount`, later pages are fetched
///   concurrently, up to ``pageConcurrency`` requests at once (8 by default, never more than the
///   client's ``IIQPacing/maximumInFlight``), and their items still come in page order. The walk
///   adapts: it starts at half the bound, ramps up while latency holds, and halves on a 429, a 503,
///   a timeout or latency that doubles; a retry needs a slot too, so a burst of 429s never becomes a
///   burst of retries. Memory stays at about ``pageConcurrency`` pages. Each page is asked for once.
///   Set ``IIQConfiguration/pageConcurrency`` or ``IIQRequestOptions/pageConcurrency`` to change the
///   bound; 1 asks for one page at a time.
/// - **Prefetch.** A route that sends only `ItemCount`, with no `Paging`, is walked one page at a
///   time, with the next page on the wire while you work on the current one. ``prefetching(_:)``
///   turns all of this off: one request at a time, sent when the walk needs the page.
/// - **Cancellation.** Cancelling the task stops the walk with ``IIQError/Code/cancelled``, and `break`
///   stops it too: the walk's requests in flight are cancelled and no request is sent after it.
public struct IIQPagedSequence<Element: Sendable & Hashable>: AsyncSequence, Sendable {
    /// Walks fail only with ``IIQError``.
    public typealias Failure = IIQError

    /// The default bound on the pages one walk asks for.
    public static var defaultMaximumPages: Int { 10_000 }

    /// The operation name errors and logs use, such as `assets.search`.
    public let operation: String
    /// The page size sent as `$s`.
    public let pageSize: Int
    /// The most pages one walk asks for.
    public let maximumPages: Int
    /// Whether later pages are fetched and decoded while the current one is consumed.
    public let isPrefetching: Bool
    /// With prefetch on, the most requests of one walk on the wire at once.
    public let pageConcurrency: Int
    let fetch: PageWalker<Element>.Fetch
    /// Where each walk reports its skips and drifts, if anywhere.
    let summary: IIQWalkSummary?

    init(
        operation: String, pageSize: Int, maximumPages: Int = defaultMaximumPages, prefetch: Bool = true,
        pageConcurrency: Int = IIQConfiguration.defaultPageConcurrency, summary: IIQWalkSummary? = nil,
        fetch: @escaping PageWalker<Element>.Fetch
    ) {
        self.operation = operation
        self.pageSize = pageSize
        self.maximumPages = maximumPages
        self.isPrefetching = prefetch
        self.pageConcurrency = pageConcurrency
        self.summary = summary
        self.fetch = fetch
    }

    /// The same walk with prefetch on or off.
    public func prefetching(_ enabled: Bool) -> IIQPagedSequence {
        IIQPagedSequence(
            operation: operation, pageSize: pageSize, maximumPages: maximumPages, prefetch: enabled,
            pageConcurrency: pageConcurrency, summary: summary, fetch: fetch)
    }

    /// The same walk, adding every delivered page's skipped records and drifted fields to `summary`.
    ///
    /// ```swift
    /// let summary = IIQWalkSummary()
    /// for try await asset in client.assets.search(query).summarized(into: summary) { … }
    /// print(summary)   // 12 pages, 11,987 records, 13 skipped, 40 fields read as nil
    /// ```
    public func summarized(into summary: IIQWalkSummary) -> IIQPagedSequence {
        IIQPagedSequence(
            operation: operation, pageSize: pageSize, maximumPages: maximumPages, prefetch: isPrefetching,
            pageConcurrency: pageConcurrency, summary: summary, fetch: fetch)
    }

    /// The same walk, as pages with their paging facts.
    public var pages: IIQPageSequence<Element> { IIQPageSequence(base: self) }

    func makeWalker() -> PageWalker<Element> {
        PageWalker(
            operation: operation, pageSize: Swift.max(pageSize, 1), maximumPages: Swift.max(maximumPages, 1),
            concurrency: isPrefetching ? Swift.max(pageConcurrency, 1) : nil, summary: summary, fetch: fetch)
    }

    /// The argument that makes this walk invalid, if any, checked before anything is sent.
    var invalidArgument: IIQArgumentIssue? {
        if pageSize < 1 {
            return IIQArgumentIssue(
                operation: operation, argument: "pageSize", reason: "must be positive, not \(pageSize).")
        }
        if pageConcurrency < 1 {
            return IIQArgumentIssue(
                operation: operation, argument: "pageConcurrency", reason: "must be positive, not \(pageConcurrency).")
        }
        return nil
    }

    /// Starts a walk.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(walker: makeWalker(), invalidArgument: invalidArgument)
    }

    /// Yields items, fetching pages as needed.
    public struct AsyncIterator: AsyncIteratorProtocol, Sendable {
        let walker: PageWalker<Element>
        var invalidArgument: IIQArgumentIssue?
        private var buffer = PageItems<Element>()

        init(walker: PageWalker<Element>, invalidArgument: IIQArgumentIssue?) {
            self.walker = walker
            self.invalidArgument = invalidArgument
        }

        /// The next item, or `nil` after the last one.
        public mutating func next() async throws(IIQError) -> Element? {
            if let item = nextFetched() { return item }
            return try await nextFromNextPage()
        }

        /// The next item, or `nil` after the last one.
        ///
        /// An item of a page already fetched is returned without leaving the caller's actor, so a
        /// loop on the main actor (a command-line tool's top-level code) hops to fetch a page, not
        /// for every item: a hop there and back is two thread switches, and per item they cost
        /// more CPU than decoding the item.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(IIQError) -> Element? {
            if let item = nextFetched() { return item }
            return try await nextFromNextPage()
        }

        /// The next item of the page in hand, if there is one and nothing is pending.
        private mutating func nextFetched() -> Element? {
            guard invalidArgument == nil else { return nil }
            return buffer.next()
        }

        /// Fetches pages until one has an item (or the walk ends), then returns its first item.
        private mutating func nextFromNextPage() async throws(IIQError) -> Element? {
            if let issue = invalidArgument {
                invalidArgument = nil
                await walker.cancel()
                throw .invalidArgument(issue)
            }
            while buffer.isEmpty {
                guard var page = try await walker.next() else { return nil }
                buffer.refill(taking: &page.items)
            }
            return buffer.next()
        }
    }
}

extension IIQPagedSequence {
    /// The first `count` items, fetching no more pages than they need.
    public func first(_ count: Int) async throws(IIQError) -> [Element] {
        guard count > 0 else { return [] }
        var items: [Element] = []
        let walker = prefetching(false).makeWalker()
        while items.count < count, let page = try await walker.next() {
            items += page.items.prefix(count - items.count)
        }
        await walker.cancel()
        return items
    }

    /// Every item, as an array, refusing to hold more than `limit`.
    ///
    /// - Throws: ``IIQError/Code/invalidArgument`` as soon as the walk passes `limit` items, so an
    ///   export never silently truncates; any error of the walk.
    public func all(limit: Int = 100_000) async throws(IIQError) -> [Element] {
        var items: [Element] = []
        for try await item in self {
            guard items.count < limit else {
                throw .invalidArgument(
                    IIQArgumentIssue(
                        operation: operation, argument: "limit",
                        reason:
                            "was reached: the search has more than \(limit) items. Raise the limit or iterate instead.")
                )
            }
            items.append(item)
        }
        return items
    }

    /// The total number of items, from one request with `$s=1` (`Paging.TotalRows`).
    ///
    /// When IIQ sends no `Paging` block, the items are counted by walking every page instead.
    public func totalCount() async throws(IIQError) -> Int {
        let page = try await fetch(0, 1, .none)
        page.onDelivery?()
        if let totalRows = page.totalRows { return totalRows }
        var count = 0
        for try await page in pages { count += page.items.count }
        return count
    }
}
