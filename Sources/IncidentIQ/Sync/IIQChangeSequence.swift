import Foundation
import Synchronization

/// The records changed since a checkpoint, oldest change first, and the checkpoint to resume from.
/// Made by `changes(since:)` on ``IIQAssetsAPI``, ``IIQUsersAPI`` and ``IIQTicketsAPI``.
///
/// ```swift
/// let changes = client.assets.changes(since: checkpoint)
/// for try await asset in changes { try store.upsert(asset) }
/// checkpoint = changes.checkpoint
/// ```
///
/// **How it reads.** IIQ filters modified dates by day only (`modifieddate`, `date>=MM/DD/YYYY`),
/// so the walk asks for the day before the checkpoint's (covering any time zone IIQ reads the day
/// in), sorted by modified date ascending, and drops what the checkpoint already covers: records
/// modified before its instant, and those at its instant whose ids it lists. Each version of a
/// record (its id and `ModifiedDate`) is delivered at most once per walk.
///
/// **Writes during the walk.** IIQ pages by offset. When a record the walk has passed is changed,
/// it moves to the end of the order, and every later record moves up one place, so one can slip
/// into a page already read. The walk detects this: the moved record turns up again (the same id
/// twice), or `TotalRows` falls (a record was deleted). Then it reads the range again from the
/// start, delivering only versions it has not delivered, until a pass sees no such sign, at most
/// ``maximumPasses`` times. A record changed again during the walk is delivered again, with its new
/// `ModifiedDate`. Records a repair pass finds can be older than ones delivered before them.
///
/// **The checkpoint.** ``checkpoint`` moves only when a walk ends cleanly: a full pass with no sign
/// of a shift. After an early `break`, an error, or ``maximumPasses`` disturbed passes, it stays
/// at the start (``isComplete`` is `false`), so the next sync reads the range again: records may
/// come twice, never not at all.
///
/// A change that leaves `ModifiedDate` unchanged is invisible to this walk, as to any sync by
/// modified date. Pages are read one after another, not prefetched, because the shift detection
/// relies on each page being read after the one before it.
public struct IIQChangeSequence<Element: Sendable & Hashable>: AsyncSequence, Sendable {
    /// Walks fail only with ``IIQError``.
    public typealias Failure = IIQError

    /// The default bound on passes over the range, the first included.
    public static var defaultMaximumPasses: Int { 4 }

    /// The operation name errors and logs use, such as `assets.changes`.
    public let operation: String
    /// Where the walk starts.
    public let start: IIQSyncCheckpoint
    /// The most passes one walk makes before it gives up on a clean one.
    public let maximumPasses: Int
    let walk: @Sendable () -> IIQPagedSequence<Element>
    let key: @Sendable (Element) -> (id: UUID, modified: Date?)
    private let outcome: Outcome

    init(
        operation: String, start: IIQSyncCheckpoint, maximumPasses: Int = defaultMaximumPasses,
        walk: @escaping @Sendable () -> IIQPagedSequence<Element>,
        key: @escaping @Sendable (Element) -> (id: UUID, modified: Date?)
    ) {
        self.operation = operation
        self.start = start
        self.maximumPasses = maximumPasses
        self.walk = walk
        self.key = key
        self.outcome = Outcome(start: start)
    }

    /// The checkpoint to resume from after the walk that ended last: the newest `ModifiedDate`
    /// delivered and the ids delivered at it, when that walk ended cleanly; ``start`` otherwise,
    /// and before any walk. Read it after the loop.
    public var checkpoint: IIQSyncCheckpoint { outcome.state.withLock { $0.checkpoint } }

    /// Whether the walk that ended last ended cleanly, so ``checkpoint`` moved.
    public var isComplete: Bool { outcome.state.withLock { $0.isComplete } }

    /// How many passes the walk that ended last made: 1 unless writes moved records under it.
    public var passes: Int { outcome.state.withLock { $0.passes } }

    /// The same walk, making at most `count` passes.
    public func maximumPasses(_ count: Int) -> IIQChangeSequence {
        IIQChangeSequence(operation: operation, start: start, maximumPasses: count, walk: walk, key: key)
    }

    /// Starts a walk.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(sequence: self)
    }

    /// Yields changed records, reading pages as needed.
    public struct AsyncIterator: AsyncIteratorProtocol, Sendable {
        private let sequence: IIQChangeSequence
        private var pages: IIQPageSequence<Element>.AsyncIterator?
        private var pass = 1
        private var delivered: Set<Version> = []
        private var seenThisPass: Set<UUID> = []
        private var disturbed = false
        private var lastTotal: Int?
        private var newest: IIQSyncCheckpoint
        private var buffer = PageItems<Element>()
        private var finished = false

        init(sequence: IIQChangeSequence) {
            self.sequence = sequence
            self.newest = sequence.start
            sequence.outcome.begin()
        }

        /// The next changed record, or `nil` after the last one.
        public mutating func next() async throws(IIQError) -> Element? {
            while !finished {
                if let record = nextBuffered() { return record }
                let page: IIQPage<Element>?
                do {
                    if pages == nil { pages = sequence.walk().prefetching(false).pages.makeAsyncIterator() }
                    page = try await pages?.next()
                } catch {
                    finished = true
                    throw error
                }
                guard let page else {
                    endPass()
                    continue
                }
                var records = accept(page)
                buffer.refill(taking: &records)
            }
            return nil
        }

        /// The next changed record, or `nil` after the last one. A record of a page already read is
        /// returned without leaving the caller's actor: the loop hops per page, not per record.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(IIQError) -> Element? {
            if let record = nextBuffered() { return record }
            return try await next()
        }

        /// The next record of the page in hand, if the walk goes on and the page has one.
        private mutating func nextBuffered() -> Element? {
            guard !finished else { return nil }
            return buffer.next()
        }

        /// The records of `page` to deliver; notes any sign that records moved under the walk.
        private mutating func accept(_ page: IIQPage<Element>) -> [Element] {
            if let total = page.totalRows {
                if let last = lastTotal, total < last { disturbed = true }
                lastTotal = total
            }
            var fresh: [Element] = []
            for record in page.items {
                let (id, modified) = sequence.key(record)
                if !seenThisPass.insert(id).inserted { disturbed = true }
                let version = Version(id: id, modified: modified)
                if let modified, sequence.start.covers(id: id, modifiedAt: modified) { continue }
                guard delivered.insert(version).inserted else { continue }
                if let modified { newest.advance(past: id, modifiedAt: modified) }
                fresh.append(record)
            }
            return fresh
        }

        /// A pass has read its last page: finish cleanly, start another pass, or give up.
        private mutating func endPass() {
            if !disturbed {
                sequence.outcome.finish(checkpoint: newest, passes: pass)
                finished = true
            } else if pass >= sequence.maximumPasses {
                sequence.outcome.giveUp(passes: pass)
                finished = true
            } else {
                pass += 1
                pages = nil
                seenThisPass = []
                disturbed = false
                lastTotal = nil
            }
        }
    }

    /// One version of a record: a change is its id and its new `ModifiedDate`.
    struct Version: Hashable, Sendable {
        var id: UUID
        var modified: Date?
    }

    /// What the walk that ended last left, shared by the sequence's copies.
    final class Outcome: Sendable {
        struct State {
            var checkpoint: IIQSyncCheckpoint
            var isComplete = false
            var passes = 0
        }

        let start: IIQSyncCheckpoint
        let state: Mutex<State>

        init(start: IIQSyncCheckpoint) {
            self.start = start
            self.state = Mutex(State(checkpoint: start))
        }

        func begin() { state.withLock { $0 = State(checkpoint: start) } }

        func finish(checkpoint: IIQSyncCheckpoint, passes: Int) {
            state.withLock { $0 = State(checkpoint: checkpoint, isComplete: true, passes: passes) }
        }

        func giveUp(passes: Int) {
            state.withLock { $0 = State(checkpoint: start, isComplete: false, passes: passes) }
        }
    }
}
