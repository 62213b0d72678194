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
/// - **Prefetch.** While you work on page N, pages N+1 and N+2 are on the wire or decoding, so the
///   network, decoding and your code overlap. Memory stays at about three pages, and at most two of
///   the walk's requests are in flight at once. Turn it off with ``prefetching(_:)``.
/// - **Cancellation.** Cancelling the task stops the walk between pages with ``IIQError/Code/cancelled``;
///   no request is sent after it.
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
    let fetch: PageWalker<Element>.Fetch
    /// Where each walk reports its skips and drifts, if anywhere.
    let summary: IIQWalkSummary?

    init(
        operation: String, pageSize: Int, maximumPages: Int = defaultMaximumPages, prefetch: Bool = true,
        summary: IIQWalkSummary? = nil, fetch: @escaping PageWalker<Element>.Fetch
    ) {
        self.operation = operation
        self.pageSize = pageSize
        self.maximumPages = maximumPages
        self.isPrefetching = prefetch
        self.summary = summary
        self.fetch = fetch
    }

    /// The same walk with prefetch on or off.
    public func prefetching(_ enabled: Bool) -> IIQPagedSequence {
        IIQPagedSequence(
            operation: operation, pageSize: pageSize, maximumPages: maximumPages, prefetch: enabled, summary: summary,
            fetch: fetch)
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
            summary: summary, fetch: fetch)
    }

    /// The same walk, as pages with their paging facts.
    public var pages: IIQPageSequence<Element> { IIQPageSequence(base: self) }

    func makeWalker() -> PageWalker<Element> {
        PageWalker(
            operation: operation, pageSize: Swift.max(pageSize, 1), maximumPages: Swift.max(maximumPages, 1),
            prefetch: isPrefetching, summary: summary, fetch: fetch)
    }

    /// Starts a walk.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(walker: makeWalker(), invalidPageSize: pageSize < 1 ? pageSize : nil, operation: operation)
    }

    /// Yields items, fetching pages as needed.
    public struct AsyncIterator: AsyncIteratorProtocol, Sendable {
        let walker: PageWalker<Element>
        var invalidPageSize: Int?
        let operation: String
        private var buffer: [Element] = []
        private var position = 0

        init(walker: PageWalker<Element>, invalidPageSize: Int?, operation: String) {
            self.walker = walker
            self.invalidPageSize = invalidPageSize
            self.operation = operation
        }

        /// The next item, or `nil` after the last one.
        public mutating func next() async throws(IIQError) -> Element? {
            if let size = invalidPageSize {
                invalidPageSize = nil
                await walker.cancel()
                throw .invalidArgument(
                    IIQArgumentIssue(operation: operation, argument: "pageSize", reason: "must be positive, not \(size)."))
            }
            while position == buffer.count {
                guard let page = try await walker.next() else { return nil }
                buffer = page.items
                position = 0
            }
            defer { position += 1 }
            return buffer[position]
        }

        /// The next item, or `nil` after the last one.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(IIQError) -> Element? {
            try await next()
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
                        reason: "was reached: the search has more than \(limit) items. Raise the limit or iterate instead."))
            }
            items.append(item)
        }
        return items
    }

    /// The total number of items, from one request with `$s=1` (`Paging.TotalRows`).
    ///
    /// When IIQ sends no `Paging` block, the items are counted by walking every page instead.
    public func totalCount() async throws(IIQError) -> Int {
        let page = try await fetch(0, 1) {}
        if let totalRows = page.totalRows { return totalRows }
        var count = 0
        for try await page in pages { count += page.items.count }
        return count
    }
}
