/// Walks the pages of one search; with prefetch on, a pipeline of network, decode and consumer.
///
/// With prefetch on, three pages can be in the air at once, so each stage overlaps the others:
/// - the page the consumer is working on (delivered);
/// - the next two pages, each on the wire, decoding, or decoded and waiting. A page past the next
///   one is asked for only when `PageCount` says it exists.
///
/// At most ``maximumInFlight`` requests wait for responses at once: the server renders one page
/// while the other travels and decodes, and latency is paid once per two pages. Each page is still
/// asked for once, and the client's pacing still limits the whole client.
///
/// An actor, so the sequence's iterator stays `Sendable` and can be driven from any isolation.
/// The prefetches are unstructured tasks that the walker owns: they are cancelled when the walker
/// is cancelled or released, so a consumer that stops early leaves nothing running.
actor PageWalker<Element: Sendable & Hashable> {
    /// Fetches one page. `responded` is awaited once the response has arrived, before it is decoded,
    /// so the walker can send the next request while this page decodes.
    typealias Fetch = @Sendable (_ pageIndex: Int, _ pageSize: Int, _ responded: Responded)
        async throws(IIQError) -> IIQPage<Element>
    /// Called when a page's response has arrived.
    typealias Responded = @Sendable () async -> Void

    /// How far past the delivered page a request may go.
    static var lookahead: Int { 2 }

    /// How many requests may be on the wire at once.
    static var maximumInFlight: Int { 2 }

    private var state: PaginationState
    private let operation: String
    private let prefetch: Bool
    private let fetch: Fetch
    /// Gathers every delivered page's skips and drifts, when the caller asked for it.
    private let summary: IIQWalkSummary?
    /// Prefetches by page index.
    private var pending: [Int: Task<IIQPage<Element>, any Error>] = [:]
    /// The highest page index requested so far.
    private var requested = -1
    /// Pages requested whose responses have not arrived yet.
    private var unanswered: Set<Int> = []
    /// The index of the last page handed to the consumer.
    private var delivered = -1
    /// The latest `Paging.PageCount`, which tells which pages exist before they are asked for.
    private var knownPageCount: Int?

    init(
        operation: String, pageSize: Int, maximumPages: Int, prefetch: Bool, summary: IIQWalkSummary? = nil,
        fetch: @escaping Fetch
    ) {
        self.state = PaginationState(pageSize: pageSize, maximumPages: maximumPages)
        self.operation = operation
        self.prefetch = prefetch
        self.summary = summary
        self.fetch = fetch
    }

    deinit {
        for task in pending.values { task.cancel() }
    }

    /// The next page, or `nil` when the walk is over. After a throw, every later call returns `nil`:
    /// an error is reported once.
    func next() async throws(IIQError) -> IIQPage<Element>? {
        do throws(IIQError) {
            guard let index = try pageToFetch() else { return nil }
            if Task.isCancelled { throw IIQError.cancelled }
            let page = try await page(at: index)
            try advance(past: page)
            delivered = index
            summary?.add(page)
            if let pageCount = page.pageCount { knownPageCount = pageCount }
            // A walk that ended here cancels the speculative request past its last page.
            if state.nextIndex == nil { cancelPrefetches() }
            if prefetch { startNextRequestIfReady() }
            return page
        } catch {
            cancel()
            throw error
        }
    }

    /// Ends the walk; prefetches in flight are cancelled.
    func cancel() {
        state.finish()
        cancelPrefetches()
    }

    private func page(at index: Int) async throws(IIQError) -> IIQPage<Element> {
        guard let task = pending.removeValue(forKey: index) else {
            requested = Swift.max(requested, index)
            unanswered.insert(index)
            defer { unanswered.remove(index) }
            return try await fetch(index, state.pageSize) {}
        }
        let page: IIQPage<Element>
        do {
            page = try await withTaskCancellationHandler {
                try await task.value
            } onCancel: {
                task.cancel()
            }
        } catch let error as IIQError {
            throw error
        } catch {
            throw .cancelled
        }
        // A fetch that never reported its response is done with the wire now.
        unanswered.remove(index)
        return page
    }

    /// Sends requests while the pipeline has room for them: fewer than ``maximumInFlight`` are
    /// waiting for their responses, the page is at most ``lookahead`` pages past the delivered one,
    /// and the walk needs it.
    private func startNextRequestIfReady() {
        while unanswered.count < Self.maximumInFlight, let nextIndex = state.nextIndex {
            let candidate = Swift.max(requested + 1, nextIndex)
            guard candidate <= delivered + Self.lookahead, candidate < state.maximumPages else { return }
            // A page past the next one is asked for only when PageCount says it exists.
            guard candidate == nextIndex || candidate < knownPageCount ?? 0 else { return }
            requested = candidate
            unanswered.insert(candidate)
            pending[candidate] = Self.launch(fetch, page: candidate, size: state.pageSize, walker: self)
        }
    }

    /// The response to `index` has arrived: another request may go while it decodes.
    private func responseArrived(for index: Int) {
        guard unanswered.remove(index) != nil else { return }
        startNextRequestIfReady()
    }

    /// Starts a prefetch off the walker's isolation, so its decoding runs in parallel with the walker.
    /// The task holds the walker weakly: a walker that is released cancels it.
    private nonisolated static func launch(_ fetch: @escaping Fetch, page index: Int, size: Int, walker: PageWalker)
        -> Task<IIQPage<Element>, any Error>
    {
        let reference = WeakReference(walker)
        return Task {
            try await fetch(index, size) { await reference.value?.responseArrived(for: index) }
        }
    }

    private func cancelPrefetches() {
        for task in pending.values { task.cancel() }
        unanswered.subtract(pending.keys)
        pending = [:]
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
                itemCount: page.items.count + page.skipped.count, fingerprint: fingerprint, reportedPageIndex: page.reportedPageIndex,
                pageCount: page.pageCount, envelopeItemCount: page.itemCount)
        } catch {
            throw .pagination(IIQPaginationFailure(operation: operation, reason: error))
        }
    }
}

/// A weak reference that can cross into a task, so the task does not keep its walker alive.
private final class WeakReference<Value: AnyObject & Sendable>: Sendable {
    weak let value: Value?

    init(_ value: Value) { self.value = value }
}
