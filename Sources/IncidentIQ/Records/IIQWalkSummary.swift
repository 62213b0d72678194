import Synchronization

/// What a whole walk skipped and read as `nil`, gathered page by page while you iterate.
///
/// ```swift
/// let summary = IIQWalkSummary()
/// for try await asset in client.assets.search(query).summarized(into: summary) { … }
/// if !summary.skipped.isEmpty { print("\(summary.skipped.count) records skipped") }
/// ```
///
/// It is a reference, so the loop fills it while you hold it; it is safe to read from any task.
public final class IIQWalkSummary: Sendable {
    private struct State {
        var pages = 0
        var items = 0
        var skipped: [IIQSkippedRecord] = []
        var drifts: [IIQFieldDrift] = []
    }

    private let state = Mutex(State())

    /// Creates an empty summary.
    public init() {}

    /// How many pages were delivered.
    public var pages: Int { state.withLock { $0.pages } }
    /// How many records were delivered, not counting skipped ones.
    public var items: Int { state.withLock { $0.items } }
    /// Every record skipped, in the order met.
    public var skipped: [IIQSkippedRecord] { state.withLock { $0.skipped } }
    /// Every field read as `nil` because its value drifted, in the order met.
    public var drifts: [IIQFieldDrift] { state.withLock { $0.drifts } }

    /// Adds a delivered page.
    func add<Element>(_ page: IIQPage<Element>) {
        state.withLock { state in
            state.pages += 1
            state.items += page.items.count
            state.skipped += page.skipped
            state.drifts += page.drifts
        }
    }
}

extension IIQWalkSummary: CustomStringConvertible {
    /// `12 pages, 11,987 records, 13 skipped, 40 fields read as nil`.
    public var description: String {
        state.withLock {
            "\($0.pages) pages, \($0.items) records, \($0.skipped.count) skipped, \($0.drifts.count) fields read as nil"
        }
    }
}
