import Synchronization

/// Runs an async operation with a bound on how long the caller waits for it.
///
/// The operation runs in a task of its own. When the limit passes first, the caller gets
/// ``Expired`` at once and the operation's task is cancelled; the caller never waits for an
/// operation that ignores cancellation. So a deadline holds for any ``IIQTransport``, whatever its
/// own timers do: FoundationNetworking's request timeout, for one, is an idle timer that every byte
/// resets, and it drops fractions of a second.
enum TimeLimit {
    /// The limit passed before the operation finished.
    struct Expired: Error {}

    static func run<Value: Sendable>(
        within limit: Duration, _ operation: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        guard limit > .zero else { throw Expired() }
        let race = Race<Value>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                guard race.install(continuation) else { return }
                // The timer is armed before the work starts, so the limit covers the transport from its
                // first instruction, even if it blocks its thread before it first suspends.
                race.arm(expiringAfter: limit)
                race.attach(
                    work: Task {
                        do {
                            race.finish(.success(try await operation()))
                        } catch {
                            race.finish(.failure(error))
                        }
                    })
            }
        } onCancel: {
            race.finish(.failure(CancellationError()))
        }
    }

    /// The shared state of one run: the caller's continuation, the result if it came first, the work's
    /// task and the timer. Whichever of the work, the timer and the caller's cancellation ends first
    /// resumes the caller, exactly once, and cancels the others.
    private final class Race<Value: Sendable>: Sendable {
        private struct State {
            var continuation: CheckedContinuation<Value, any Error>?
            var result: Result<Value, any Error>?
            var work: Task<Void, Never>?
            var timer: UInt64?
        }

        private let state = Mutex(State())

        /// Installs the continuation; resumes it at once and returns `false` when the run already ended.
        func install(_ continuation: CheckedContinuation<Value, any Error>) -> Bool {
            let early = state.withLock { state -> Result<Value, any Error>? in
                if let result = state.result { return result }
                state.continuation = continuation
                return nil
            }
            guard let early else { return true }
            continuation.resume(with: early)
            return false
        }

        /// Starts the timer that ends the run after `limit`, unless the run already ended.
        func arm(expiringAfter limit: Duration) {
            let timer = TimerThread.shared.schedule(at: .now + limit) { self.finish(.failure(Expired())) }
            let ended = state.withLock { state -> Bool in
                guard state.result == nil else { return true }
                state.timer = timer
                return false
            }
            if ended { TimerThread.shared.cancel(timer) }
        }

        /// Keeps the work's task, so the end of the run can cancel it; cancels it now if the run already ended.
        ///
        /// The work runs in a task of its own rather than on the caller's thread (`Task.immediate`):
        /// a transport that blocks its thread would otherwise hold the caller past the limit.
        func attach(work: Task<Void, Never>) {
            let ended = state.withLock { state -> Bool in
                guard state.result == nil else { return true }
                state.work = work
                return false
            }
            if ended { work.cancel() }
        }

        /// Ends the run with `result`, unless it already ended.
        func finish(_ result: Result<Value, any Error>) {
            let ended = state.withLock { state -> (CheckedContinuation<Value, any Error>?, Task<Void, Never>?)? in
                guard state.result == nil else { return nil }
                state.result = result
                if let timer = state.timer { TimerThread.shared.cancel(timer) }
                defer {
                    state.continuation = nil
                    state.work = nil
                    state.timer = nil
                }
                return (state.continuation, state.work)
            }
            guard let (continuation, work) = ended else { return }
            // Resume first: cancelling runs the transport's cancellation handler on this thread.
            continuation?.resume(with: result)
            work?.cancel()
        }
    }
}
