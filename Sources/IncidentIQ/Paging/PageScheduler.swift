import Synchronization

/// Decides which pages of a parallel walk are asked for, and holds each page's outcome until the
/// consumer takes it, in page order.
///
/// A page is asked for when all of these hold:
/// - the walk is not over;
/// - it is the next page the walk needs, or `PageCount` says it exists;
/// - it is at most `window` pages past the page delivered last (memory stays bounded);
/// - it is below `maximumPages`.
///
/// Pages are asked for in index order, each once. The driver task runs ``drive(pageSize:fetch:)``:
/// every page request is a child task of its task group, so cancelling the driver cancels them all,
/// and the driver ends only when they all have.
final class PageScheduler<Element: Sendable & Hashable>: Sendable {
    typealias Outcome = Result<IIQPage<Element>, IIQError>

    private struct State {
        /// The highest page index asked for so far.
        var requested = -1
        /// The index of the last page handed to the consumer.
        var delivered = -1
        /// The page the consumer needs next; `nil` once the walk is over.
        var next: Int? = 0
        /// The latest `Paging.PageCount` the consumer has seen.
        var pageCount: Int?
        var finished = false
        /// Outcomes that arrived before the consumer asked for them.
        var outcomes: [Int: Outcome] = [:]
        /// The driver, waiting for a page it may ask for.
        var launcher: CheckedContinuation<Int?, Never>?
        /// The consumer, waiting for a page's outcome.
        var taker: (index: Int, continuation: CheckedContinuation<Outcome, Never>)?
    }

    /// How many pages past the delivered one may be asked for.
    let window: Int
    let maximumPages: Int
    private let state = Mutex(State())

    init(window: Int, maximumPages: Int) {
        self.window = Swift.max(window, 1)
        self.maximumPages = maximumPages
    }

    /// Asks for pages as the rules allow until the walk is over or the task is cancelled; each page
    /// is fetched in a child task and its outcome kept for ``take(_:)``.
    func drive(
        pageSize: Int,
        fetch: @escaping @Sendable (_ pageIndex: Int, _ pageSize: Int) async throws(IIQError) -> IIQPage<Element>
    ) async {
        await withDiscardingTaskGroup { group in
            while let index = await nextLaunch() {
                group.addTask {
                    let outcome: Outcome
                    do throws(IIQError) {
                        outcome = .success(try await fetch(index, pageSize))
                    } catch {
                        outcome = .failure(error)
                    }
                    self.store(outcome, for: index)
                }
            }
        }
    }

    /// The outcome of page `index`, once it has arrived; `.cancelled` when the consumer's task is
    /// cancelled or the walk is over.
    func take(_ index: Int) async -> Outcome {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Outcome, Never>) in
                let ready = state.withLock { state -> Outcome? in
                    if let outcome = state.outcomes.removeValue(forKey: index) { return outcome }
                    // A second consumer at once would be a misuse of one iterator: it gets nothing.
                    if state.finished || Task.isCancelled || state.taker != nil { return .failure(.cancelled) }
                    state.taker = (index, continuation)
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        } onCancel: {
            let taker = state.withLock { state -> CheckedContinuation<Outcome, Never>? in
                defer { state.taker = nil }
                return state.taker?.continuation
            }
            taker?.resume(returning: .failure(.cancelled))
        }
    }

    /// The consumer took page `index`; `next` is the page it needs next and `pageCount` the latest
    /// `PageCount`. Wakes the driver if that lets it ask for another page.
    func delivered(_ index: Int, next: Int?, pageCount: Int?) {
        let launch = state.withLock { state -> (CheckedContinuation<Int?, Never>, Int)? in
            state.delivered = index
            state.next = next
            state.pageCount = pageCount
            guard let launcher = state.launcher, let page = Self.launchable(&state, window, maximumPages) else {
                return nil
            }
            state.launcher = nil
            return (launcher, page)
        }
        if let (launcher, page) = launch { launcher.resume(returning: page) }
    }

    /// Ends the walk: no page is asked for any more, outcomes not taken are dropped, and a waiting
    /// consumer gets `.cancelled`.
    func finish() {
        let (launcher, taker) = state.withLock { state in
            state.finished = true
            state.outcomes = [:]
            defer {
                state.launcher = nil
                state.taker = nil
            }
            return (state.launcher, state.taker?.continuation)
        }
        launcher?.resume(returning: nil)
        taker?.resume(returning: .failure(.cancelled))
    }

    /// The next page the driver may ask for, waiting until there is one; `nil` when the walk is over.
    private func nextLaunch() async -> Int? {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Int?, Never>) in
                let ready = state.withLock { state -> Int?? in
                    if state.finished || Task.isCancelled { return .some(nil) }
                    if let page = Self.launchable(&state, window, maximumPages) { return .some(page) }
                    state.launcher = continuation
                    return .none
                }
                if let ready { continuation.resume(returning: ready) }
            }
        } onCancel: {
            finish()
        }
    }

    private func store(_ outcome: Outcome, for index: Int) {
        let taker = state.withLock { state -> CheckedContinuation<Outcome, Never>? in
            guard !state.finished else { return nil }
            if let taker = state.taker, taker.index == index {
                state.taker = nil
                return taker.continuation
            }
            state.outcomes[index] = outcome
            return nil
        }
        taker?.resume(returning: outcome)
    }

    /// The page to ask for next under the rules, marked as asked for; `nil` if none may be yet.
    private static func launchable(_ state: inout State, _ window: Int, _ maximumPages: Int) -> Int? {
        guard !state.finished, let next = state.next else { return nil }
        let candidate = state.requested + 1
        guard candidate < maximumPages, candidate <= state.delivered + window else { return nil }
        // A page past the next one is asked for only when PageCount says it exists.
        guard candidate == next || candidate < state.pageCount ?? 0 else { return nil }
        state.requested = candidate
        return candidate
    }
}
