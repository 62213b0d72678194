/// A paged walk that had to stop because the server misbehaved.
public struct IIQPaginationFailure: Sendable, Hashable {
    /// What went wrong.
    public enum Reason: Error, Sendable, Hashable {
        /// The server answered page `pageIndex` with the same page as before: it ignores `$p`.
        case repeatedPage(pageIndex: Int)
        /// The walk reached `limit` pages, the bound on a single walk.
        case pageLimitExceeded(limit: Int)
    }

    /// The operation that was paging, such as `assets.search`.
    public var operation: String
    /// What went wrong.
    public var reason: Reason

    /// Creates a failure.
    public init(operation: String, reason: Reason) {
        self.operation = operation
        self.reason = reason
    }
}
