/// Walks the pages of one search and hands them over in page order, checking each against the
/// termination rules (``PaginationState``) as it is handed over.
///
/// **Sequential** (prefetch off): one request at a time, sent when the consumer asks for the page.
///
/// **Parallel** (prefetch on): the pages are fetched by a ``PageScheduler``, in one driver task
/// whose page requests are children of a task group, so everything the walk starts is one tree of
/// tasks that ends as a whole.
/// - Until `PageCount` is known, only the page the walk is sure to need is asked for, one page ahead
///   of the consumer: a route that sends only `ItemCount` is walked sequentially, with prefetch.
/// - Once a page gives `PageCount`, the pages it promises are asked for ahead of the consumer, at most
///   `window` of them beyond the page delivered last (twice the page concurrency), so memory holds
///   about that many pages. Twice, so that pages that arrived behind a slow one and wait for it
///   do not stop the walk from keeping its requests on the wire.
/// - How many of those requests are on the wire at once is up to the walk's ``ConcurrencyGate``: at
///   most the walk's page concurrency, fewer while the server is slow or overloaded.
/// - Each page is asked for once. Its items, or its error, are handed over in page order, and an
///   error surfaces once: the walk ends with it.
/// - A page whose arrival ends the walk (the last page, a short page, a shrinking `PageCount`, a
///   repeated page, `maximumPages`) cancels the requests past it; their pages are never handed over.
///
/// An actor, so the sequence's iterator stays `Sendable` and can be driven from any isolation.
/// Releasing the walker (a `break`) cancels its driver, and with it every request of the walk.
/// Ending the walk with an error or a cancellation waits until every request has ended.
actor PageWalker<Element: Sendable & Hashable> {
    /// Fetches one page; every attempt of its request takes a slot of `slot`'s gate, if it has one.
    typealias Fetch =
        @Sendable (_ pageIndex: Int, _ pageSize: Int, _ slot: GateSlot)
        async throws(IIQError) -> IIQPage<Element>

    private var state: PaginationState
    private let operation: String
    private let fetch: Fetch
    /// Gathers every delivered page's skips and drifts, when the caller asked for it.
    private let summary: IIQWalkSummary?
    /// The parallel walk's scheduler; `nil` for a sequential walk.
    private let scheduler: PageScheduler<Element>?
    /// The walk's slots and their law; `nil` for a sequential walk.
    let gate: ConcurrencyGate?
    /// The task that fetches the pages of a parallel walk, started by the first `next()`.
    private var driver: Task<Void, Never>?
    /// The latest `Paging.PageCount`, which tells which pages exist before they are asked for.
    private var knownPageCount: Int?

    /// - Parameter concurrency: The most requests on the wire at once, or `nil` for a sequential walk.
    init(
        operation: String, pageSize: Int, maximumPages: Int, concurrency: Int?, summary: IIQWalkSummary? = nil,
        lawSettings: ConcurrencyLimit.Settings = .standard, fetch: @escaping Fetch
    ) {
        self.state = PaginationState(pageSize: pageSize, maximumPages: maximumPages)
        self.operation = operation
        self.summary = summary
        self.fetch = fetch
        if let concurrency {
            let concurrency = Swift.max(concurrency, 1)
            let gate = ConcurrencyGate(maximum: concurrency, settings: lawSettings)
            self.gate = gate
            // As many pages again as may be on the wire, so a slow page does not hold back the
            // requests behind it: a worker pool keeps each worker busy whatever the others do.
            // Two at least, as the prefetch always had: one on the wire, one decoding.
            self.scheduler = PageScheduler(window: Swift.max(concurrency * 2, 2), maximumPages: maximumPages)
        } else {
            self.gate = nil
            self.scheduler = nil
        }
    }

    deinit {
        scheduler?.finish()
        driver?.cancel()
    }

    /// The next page, or `nil` when the walk is over. After a throw, every later call returns `nil`:
    /// an error is reported once.
    func next() async throws(IIQError) -> IIQPage<Element>? {
        do throws(IIQError) {
            guard let index = try pageToFetch() else { return nil }
            if Task.isCancelled { throw IIQError.cancelled }
            var page = try await page(at: index)
            try advance(past: page)
            summary?.add(page)
            page.onDelivery?()
            page.onDelivery = nil
            if let pageCount = page.pageCount { knownPageCount = pageCount }
            if state.nextIndex == nil {
                // The walk ends here: the requests past its last page are cancelled, never delivered.
                stopDriver()
                await driver?.value
            } else {
                scheduler?.delivered(index, next: state.nextIndex, pageCount: knownPageCount)
            }
            return page
        } catch {
            await cancel()
            throw error
        }
    }

    /// Ends the walk; its requests in flight are cancelled, and this returns once they have ended.
    func cancel() async {
        state.finish()
        stopDriver()
        await driver?.value
    }

    private func stopDriver() {
        scheduler?.finish()
        driver?.cancel()
    }

    private func page(at index: Int) async throws(IIQError) -> IIQPage<Element> {
        guard let scheduler else { return try await fetch(index, state.pageSize, .none) }
        if driver == nil {
            driver = Task { [fetch, gate, pageSize = state.pageSize] in
                await scheduler.drive(pageSize: pageSize) { index, size async throws(IIQError) in
                    try await fetch(index, size, GateSlot(gate: gate, priority: index))
                }
            }
        }
        return try await scheduler.take(index).get()
    }

    private func pageToFetch() throws(IIQError) -> Int? {
        do {
            return try state.pageToFetch()
        } catch {
            throw .pagination(IIQPaginationFailure(operation: operation, reason: error))
        }
    }

    private func advance(past page: IIQPage<Element>) throws(IIQError) {
        var fingerprint: Int?
        if let first = page.items.first, let last = page.items.last {
            var hasher = Hasher()
            hasher.combine(page.items.count)
            hasher.combine(first)
            hasher.combine(last)
            fingerprint = hasher.finalize()
        }
        do {
            try state.advance(
                // Skipped records count: a page whose every record was skipped is not the end.
                itemCount: page.items.count + page.skipped.count, fingerprint: fingerprint,
                reportedPageIndex: page.reportedPageIndex,
                pageCount: page.pageCount, envelopeItemCount: page.itemCount)
        } catch {
            throw .pagination(IIQPaginationFailure(operation: operation, reason: error))
        }
    }
}
