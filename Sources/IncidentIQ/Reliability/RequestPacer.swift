/// Enforces ``IIQPacing`` for one client: a first-come, first-served limit on requests in flight and
/// an optional token bucket for the start rate. Waiting for a slot ends at once on cancellation.
actor RequestPacer {
    private let limit: Int
    private let rate: Double?
    private let burst: Double
    private var inFlight = 0
    private var waiters: [(id: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
    private var nextWaiterID: UInt64 = 0
    private var tokens: Double
    private var refilledAt: ContinuousClock.Instant?

    init(_ pacing: IIQPacing) {
        limit = Swift.max(pacing.maximumInFlight, 1)
        rate = pacing.requestsPerSecond
        burst = Double(Swift.max(pacing.burst, 1))
        tokens = burst
    }

    /// The caller's deadline passed while it waited for a slot.
    struct Expired: Error {}

    /// Waits for a slot, at most until `deadline`. Every successful call must be matched by ``release()``.
    ///
    /// - Throws: ``Expired`` when the deadline passes first, `CancellationError` when the task is cancelled.
    func acquire(before deadline: ContinuousClock.Instant) async throws {
        if inFlight < limit, waiters.isEmpty {
            inFlight += 1
            return
        }
        let id = nextWaiterID
        nextWaiterID += 1
        // Only a caller that has to wait pays for a timer.
        let timer = Task { [weak self] in
            try await Task.sleep(until: deadline, clock: .continuous)
            await self?.removeWaiter(id, with: Expired())
        }
        defer { timer.cancel() }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                } else {
                    waiters.append((id, continuation))
                }
            }
        } onCancel: {
            Task { await self.removeWaiter(id, with: CancellationError()) }
        }
    }

    /// Frees a slot, handing it straight to the longest waiter if there is one.
    func release() {
        if waiters.isEmpty {
            inFlight -= 1
        } else {
            waiters.removeFirst().continuation.resume()
        }
    }

    private func removeWaiter(_ id: UInt64, with error: any Error) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(throwing: error)
    }

    /// Takes a start token and returns how long to wait before starting; zero with no rate limit.
    func reserveStart(at now: ContinuousClock.Instant) -> Duration {
        guard let rate else { return .zero }
        if let refilledAt {
            tokens = Swift.min(burst, tokens + (now - refilledAt).seconds * rate)
        }
        refilledAt = now
        tokens -= 1
        guard tokens < 0 else { return .zero }
        return .milliseconds(Int64((-tokens / rate * 1000).rounded(.up)))
    }
}
