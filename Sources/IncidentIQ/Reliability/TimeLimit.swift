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
                let work = Task {
                    do {
                        race.finish(.success(try await operation()))
                    } catch {
                        race.finish(.failure(error))
                    }
                }
                let timer = Task {
                    try? await Task.sleep(for: limit)
                    if !Task.isCancelled { race.finish(.failure(Expired())) }
                }
                race.attach(work: work, timer: timer)
            }
        } onCancel: {
            race.finish(.failure(CancellationError()))
        }
    }

    /// The shared state of one run: the caller's continuation, the result if it came first, and the
    /// two tasks. Whichever of the work, the timer and the caller's cancellation finishes first
    /// resumes the caller, exactly once, and cancels the other tasks.
    private final class Race<Value: Sendable>: Sendable {
        private struct State {
            var continuation: CheckedContinuation<Value, any Error>?
            var result: Result<Value, any Error>?
            var tasks: [Task<Void, Never>] = []
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

        /// Keeps the tasks so that the end of the run can cancel them; cancels them now if it already ended.
        func attach(work: Task<Void, Never>, timer: Task<Void, Never>) {
            let ended = state.withLock { state -> Bool in
                guard state.result == nil else { return true }
                state.tasks = [work, timer]
                return false
            }
            if ended {
                work.cancel()
                timer.cancel()
            }
        }

        /// Ends the run with `result`, unless it already ended.
        func finish(_ result: Result<Value, any Error>) {
            let (continuation, tasks) = state.withLock { state -> (CheckedContinuation<Value, any Error>?, [Task<Void, Never>]) in
                guard state.result == nil else { return (nil, []) }
                state.result = result
                defer {
                    state.continuation = nil
                    state.tasks = []
                }
                return (state.continuation, state.tasks)
            }
            // Resume first: cancelling runs the transport's cancellation handler on this thread, and
            // that may block (FoundationNetworking's `cancel()` waits for the session's queue).
            continuation?.resume(with: result)
            for task in tasks { task.cancel() }
        }
    }
}
