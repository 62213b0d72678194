import Synchronization

/// The slots of one walk: every attempt of every page request holds one while it is on the wire,
/// and ``ConcurrencyLimit`` decides how many there are.
///
/// - A retry needs a slot again, so a burst of 429s cannot turn into a burst of retries: after the
///   limit halves, only that many of the walk's requests, retries included, go out at once.
/// - A slot that frees goes to the waiting attempt for the earliest page, so the page the consumer
///   needs next is never queued behind a page it will need later.
/// - Waiting ends at once on cancellation, and at the deadline when one is given.
final class ConcurrencyGate: Sendable {
    /// A held slot: give it back with ``release(_:with:)``.
    struct Ticket: Sendable {
        fileprivate let sequence: UInt64
    }

    /// The caller's deadline passed while it waited for a slot.
    struct Expired: Error {}

    private struct Waiter {
        var priority: Int
        var id: UInt64
        var continuation: CheckedContinuation<Ticket, any Error>
        /// The deadline's timer, when the waiter has one.
        var timer: UInt64?
    }

    private struct State {
        var law: ConcurrencyLimit
        var inFlight = 0
        var waiters: [Waiter] = []
        var nextID: UInt64 = 0
        /// Numbers attempts in the order they took a slot, for the law's once-per-round-trip rule.
        var nextSequence: UInt64 = 0
        var peakInFlight = 0
    }

    private let state: Mutex<State>

    init(maximum: Int, settings: ConcurrencyLimit.Settings = .standard) {
        state = Mutex(State(law: ConcurrencyLimit(maximum: maximum, settings: settings)))
    }

    /// The limit now, for tests and logs.
    var permits: Int { state.withLock { $0.law.permits } }
    /// The most slots held at once so far.
    var peakInFlight: Int { state.withLock { $0.peakInFlight } }
    /// The law's state, for tests.
    var law: ConcurrencyLimit { state.withLock { $0.law } }
    /// How many attempts wait for a slot, for tests.
    var waiting: Int { state.withLock { $0.waiters.count } }

    /// Waits for a slot; `priority` is the page index, and the lowest waiting one goes first.
    ///
    /// - Throws: `CancellationError` when the task is cancelled, ``Expired`` when `deadline` passes first.
    func acquire(priority: Int, before deadline: ContinuousClock.Instant? = nil) async throws -> Ticket {
        let id = state.withLock { state -> UInt64 in
            defer { state.nextID += 1 }
            return state.nextID
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Ticket, any Error>) in
                let outcome = state.withLock { state -> Result<Ticket, any Error>? in
                    if Task.isCancelled { return .failure(CancellationError()) }
                    if state.waiters.isEmpty, state.inFlight < state.law.permits {
                        return .success(Self.take(&state))
                    }
                    // Only a caller that has to wait pays for a timer. It fires on the timer thread,
                    // which takes this lock only after its own is released.
                    let timer = deadline.map { deadline in
                        TimerThread.shared.schedule(at: deadline) { [self] in remove(id, with: Expired()) }
                    }
                    let index = state.waiters.firstIndex { $0.priority > priority } ?? state.waiters.endIndex
                    state.waiters.insert(
                        Waiter(priority: priority, id: id, continuation: continuation, timer: timer), at: index)
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            remove(id, with: CancellationError())
        }
    }

    /// Gives a slot back with what its attempt told, and hands freed slots to the earliest waiters.
    func release(_ ticket: Ticket, with signal: ConcurrencyLimit.Signal) {
        let ready = state.withLock { state -> [(CheckedContinuation<Ticket, any Error>, Ticket)] in
            state.law.record(
                signal, sequence: ticket.sequence, inFlight: state.inFlight, nextSequence: state.nextSequence)
            state.inFlight -= 1
            var ready: [(CheckedContinuation<Ticket, any Error>, Ticket)] = []
            while !state.waiters.isEmpty, state.inFlight < state.law.permits {
                let waiter = state.waiters.removeFirst()
                if let timer = waiter.timer { TimerThread.shared.cancel(timer) }
                ready.append((waiter.continuation, Self.take(&state)))
            }
            return ready
        }
        for (continuation, ticket) in ready { continuation.resume(returning: ticket) }
    }

    private static func take(_ state: inout State) -> Ticket {
        state.inFlight += 1
        state.peakInFlight = Swift.max(state.peakInFlight, state.inFlight)
        defer { state.nextSequence += 1 }
        return Ticket(sequence: state.nextSequence)
    }

    private func remove(_ id: UInt64, with error: any Error) {
        let continuation = state.withLock { state -> CheckedContinuation<Ticket, any Error>? in
            guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
            let waiter = state.waiters.remove(at: index)
            if let timer = waiter.timer { TimerThread.shared.cancel(timer) }
            return waiter.continuation
        }
        continuation?.resume(throwing: error)
    }
}

/// Where the attempts of one request take their slots: a page of a parallel walk names its walk's
/// gate and its page index; any other call has no gate and waits only for the client's pacing.
struct GateSlot: Sendable {
    let gate: ConcurrencyGate?
    /// The page index: a lower one gets a freed slot first.
    let priority: Int

    /// No gate: the call is limited by the client's pacing alone.
    static let none = GateSlot(gate: nil, priority: 0)

    /// What an attempt that ended with `error` tells the walk's law: the server is overloaded (429,
    /// 503) or too slow to answer in time, or nothing about load.
    static func signal(for error: IIQError) -> ConcurrencyLimit.Signal {
        switch error.detail {
        case .rateLimited: return .congested
        case .server(let failure) where failure.status == 503: return .congested
        case .transport(let failure) where failure.kind == .timedOut: return .congested
        default: return .neutral
        }
    }
}
