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
                race.attach(work: startTask(race, operation), expiringAfter: limit)
            }
        } onCancel: {
            race.finish(.failure(CancellationError()))
        }
    }

    /// Starts the operation's task. Where the runtime has `Task.immediate`, the task runs on this
    /// thread until its first suspension: a transport that answers without suspending (a mock, the
    /// sandbox) costs no thread hop, and one that suspends (URLSession) costs one, not two.
    private static func startTask<Value: Sendable>(
        _ race: Race<Value>, _ operation: @escaping @Sendable () async throws -> Value
    ) -> Task<Void, Never> {
        let body: @Sendable () async -> Void = {
            do {
                race.finish(.success(try await operation()))
            } catch {
                race.finish(.failure(error))
            }
        }
        #if compiler(>=6.2)
        if #available(macOS 26.0, *) { return Task.immediate(operation: body) }
        #endif
        return Task(operation: body)
    }

    /// The shared state of one run: the caller's continuation, the result if it came first, the work's
    /// task and the timer. Whichever of the work, the timer and the caller's cancellation ends first
    /// resumes the caller, exactly once, and cancels the others.
    fileprivate final class Race<Value: Sendable>: Sendable {
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

        /// Keeps the work's task, and starts the timer that ends the run after `limit`; cancels the
        /// task at once if the run already ended.
        func attach(work: Task<Void, Never>, expiringAfter limit: Duration) {
            let timer = TimerThread.shared.schedule(at: .now + limit) { self.finish(.failure(Expired())) }
            let ended = state.withLock { state -> Bool in
                guard state.result == nil else { return true }
                state.work = work
                state.timer = timer
                return false
            }
            if ended {
                work.cancel()
                TimerThread.shared.cancel(timer)
            }
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
