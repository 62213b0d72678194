/// The pages of a search, each with its items and paging facts. Made by ``IIQPagedSequence/pages``.
///
/// ```swift
/// for try await page in client.assets.search().pages {
///     print("page \(page.pageIndex + 1) of \(page.pageCount ?? 0): \(page.items.count) assets")
/// }
/// ```
public struct IIQPageSequence<Item: Sendable & Hashable>: AsyncSequence, Sendable {
    /// Walks fail only with ``IIQError``.
    public typealias Failure = IIQError

    let base: IIQPagedSequence<Item>

    /// Starts a walk.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(walker: base.makeWalker()) }

    /// Yields pages.
    public struct AsyncIterator: AsyncIteratorProtocol, Sendable {
        let walker: PageWalker<Item>

        /// The next page, or `nil` after the last one.
        public mutating func next() async throws(IIQError) -> IIQPage<Item>? {
            try await walker.next()
        }

        /// The next page, or `nil` after the last one.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(IIQError) -> IIQPage<Item>? {
            try await walker.next()
        }
    }
}
