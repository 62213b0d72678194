import Foundation
import Synchronization

/// A task executor with a thread of its own, for tests that time how fast something reacts.
///
/// Tasks that prefer it (and the default actors they call) run here rather than on the shared
/// cooperative pool, which other suites keep busy when tests run in parallel on two cores. A
/// latency measured on it is the code's own, not the time spent queueing behind other tests.
final class DedicatedThreadExecutor: TaskExecutor, Sendable {
    private let jobs = Mutex<[UnownedJob]>([])
    private let signal = NSCondition()
    private let stopped = Atomic<Bool>(false)

    init(name: String) {
        let thread = Thread { [self] in runLoop() }
        thread.name = name
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        jobs.withLock { $0.append(unowned) }
        signal.lock()
        signal.signal()
        signal.unlock()
    }

    /// Lets the thread finish once its queue is empty.
    func shutdown() {
        stopped.store(true, ordering: .releasing)
        signal.lock()
        signal.signal()
        signal.unlock()
    }

    private func runLoop() {
        while true {
            let batch = jobs.withLock { queue -> [UnownedJob] in
                defer { queue.removeAll() }
                return queue
            }
            if batch.isEmpty {
                if stopped.load(ordering: .acquiring) { return }
                signal.lock()
                if jobs.withLock({ $0.isEmpty }) && !stopped.load(ordering: .acquiring) {
                    _ = signal.wait(until: Date().addingTimeInterval(0.05))
                }
                signal.unlock()
                continue
            }
            for job in batch { job.runSynchronously(on: asUnownedTaskExecutor()) }
        }
    }
}
