import Dispatch
import Foundation
import Synchronization

/// One thread that fires every time limit of the process: a min-heap of deadlines under a lock.
///
/// A `DispatchSource` timer per request cost about 80 µs of CPU on Linux, three times the rest of a
/// request. Scheduling here is a heap insertion and cancelling a dictionary removal, a few hundred
/// nanoseconds each. The thread is its own, so a deadline fires on time while the cooperative pool
/// is busy decoding.
final class TimerThread: Sendable {
    /// The process's timer thread, started on first use.
    static let shared = TimerThread()

    private struct Entry {
        var deadline: ContinuousClock.Instant
        var id: UInt64
    }

    private struct State {
        /// A binary min-heap on `deadline`. Cancelled entries stay until they come due, then are skipped.
        var heap: [Entry] = []
        var actions: [UInt64: @Sendable () -> Void] = [:]
        var nextID: UInt64 = 0
    }

    private let state = Mutex(State())
    private let wake = DispatchSemaphore(value: 0)

    private init() {
        let thread = Thread { [self] in run() }
        thread.name = "IncidentIQ.TimerThread"
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    /// Runs `action` on the timer thread at `deadline`, unless cancelled first. Returns a handle for ``cancel(_:)``.
    func schedule(at deadline: ContinuousClock.Instant, _ action: @escaping @Sendable () -> Void) -> UInt64 {
        let (id, isEarliest) = state.withLock { state -> (UInt64, Bool) in
            let id = state.nextID
            state.nextID &+= 1  // 2^64 timers would take centuries at any real rate; wrapping is harmless.
            state.actions[id] = action
            Self.push(Entry(deadline: deadline, id: id), onto: &state.heap)
            return (id, state.heap[0].id == id)
        }
        if isEarliest { wake.signal() }
        return id
    }

    /// Drops the timer with `handle`; its action will not run. Harmless if it already ran.
    func cancel(_ handle: UInt64) {
        _ = state.withLock { $0.actions.removeValue(forKey: handle) }
    }

    private func run() {
        while true {
            let now = ContinuousClock.now
            let (due, next) = state.withLock { state -> ([@Sendable () -> Void], ContinuousClock.Instant?) in
                var due: [@Sendable () -> Void] = []
                while let first = state.heap.first, first.deadline <= now {
                    Self.popFirst(from: &state.heap)
                    if let action = state.actions.removeValue(forKey: first.id) { due.append(action) }
                }
                return (due, state.heap.first?.deadline)
            }
            for action in due { action() }
            if let next {
                let wait = next - ContinuousClock.now
                let nanoseconds = Int(Swift.min(Swift.max(wait.seconds, 0), 86_400) * 1e9)
                _ = wake.wait(timeout: .now() + .nanoseconds(nanoseconds))
            } else {
                wake.wait()
            }
        }
    }

    private static func push(_ entry: Entry, onto heap: inout [Entry]) {
        heap.append(entry)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].deadline < heap[parent].deadline else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private static func popFirst(from heap: inout [Entry]) {
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, heap[left].deadline < heap[smallest].deadline { smallest = left }
            if right < heap.count, heap[right].deadline < heap[smallest].deadline { smallest = right }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
