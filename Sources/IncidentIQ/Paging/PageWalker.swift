/// Walks the pages of one search, at most one page ahead of its consumer.
///
/// An actor, so the sequence's iterator stays `Sendable` and can be driven from any isolation.
/// The prefetch is an unstructured task that the walker owns: it is cancelled when the walker is
/// cancelled or released, so a consumer that stops early leaves nothing running.
actor PageWalker<Element: Sendable & Hashable> {
    typealias Fetch = @Sendable (_ pageIndex: Int, _ pageSize: Int) async throws(IIQError) -> IIQPage<Element>

    private var state: PaginationState
    private let operation: String
    private let prefetch: Bool
    private let fetch: Fetch
    private var pending: (index: Int, task: Task<IIQPage<Element>, any Error>)?

    init(operation: String, pageSize: Int, maximumPages: Int, prefetch: Bool, fetch: @escaping Fetch) {
        self.state = PaginationState(pageSize: pageSize, maximumPages: maximumPages)
        self.operation = operation
        self.prefetch = prefetch
        self.fetch = fetch
    }

    deinit {
        pending?.task.cancel()
    }

    /// The next page, or `nil` when the walk is over. After a throw, every later call returns `nil`:
    /// an error is reported once.
    func next() async throws(IIQError) -> IIQPage<Element>? {
        do throws(IIQError) {
            guard let index = try pageToFetch() else { return nil }
            if Task.isCancelled { throw IIQError.cancelled }
            let page = try await page(at: index)
            try advance(past: page)
            if prefetch, let next = state.nextIndex, next < state.maximumPages {
                let fetch = self.fetch
                let size = state.pageSize
                pending = (next, Task { () async throws -> IIQPage<Element> in try await fetch(next, size) })
            }
            return page
        } catch {
            state.finish()
            pending?.task.cancel()
            pending = nil
            throw error
        }
    }

    /// Ends the walk; a prefetch in flight is cancelled.
    func cancel() {
        state.finish()
        pending?.task.cancel()
        pending = nil
    }

    private func page(at index: Int) async throws(IIQError) -> IIQPage<Element> {
        guard let pending, pending.index == index else {
            return try await fetch(index, state.pageSize)
        }
        self.pending = nil
        let task = pending.task
        do {
            return try await withTaskCancellationHandler {
                try await task.value
            } onCancel: {
                task.cancel()
            }
        } catch let error as IIQError {
            throw error
        } catch {
            throw .cancelled
        }
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
                itemCount: page.items.count, fingerprint: fingerprint, reportedPageIndex: page.reportedPageIndex,
                pageCount: page.pageCount, envelopeItemCount: page.itemCount)
        } catch {
            throw .pagination(IIQPaginationFailure(operation: operation, reason: error))
        }
    }
}
