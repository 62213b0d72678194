/// The rules that decide the next `$p`, kept apart from I/O so they can be tested and fuzzed alone.
///
/// A walk always ends:
/// - on an empty page;
/// - at the last page, `PageIndex + 1 >= PageCount`;
/// - without `Paging`, on a short page or when `ItemCount` is below the page size;
/// - with ``IIQPaginationFailure/Reason/repeatedPage(pageIndex:)`` when the server answers a page
///   with the page before it (it ignores `$p`), or an earlier `PageIndex` than asked;
/// - with ``IIQPaginationFailure/Reason/pageLimitExceeded(limit:)`` instead of asking for page
///   `maximumPages`, however far `PageCount` grows. Every page already fetched is delivered first.
struct PaginationState: Sendable {
    let pageSize: Int
    let maximumPages: Int
    /// The page to ask for next; `nil` once the walk is over.
    private(set) var nextIndex: Int? = 0
    private var previousFingerprint: Int?

    init(pageSize: Int, maximumPages: Int) {
        self.pageSize = pageSize
        self.maximumPages = maximumPages
    }

    /// Takes the page that answered `nextIndex` and decides what comes after it.
    ///
    /// - Parameters:
    ///   - itemCount: How many items the page held.
    ///   - fingerprint: A hash of the page's content, to spot a repeated page.
    ///   - reportedPageIndex: `Paging.PageIndex`, when sent.
    ///   - pageCount: `Paging.PageCount`, when sent.
    ///   - envelopeItemCount: `ItemCount`, when sent.
    mutating func advance(
        itemCount: Int, fingerprint: Int?, reportedPageIndex: Int?, pageCount: Int?, envelopeItemCount: Int?
    ) throws(IIQPaginationFailure.Reason) {
        guard let index = nextIndex else { return }
        nextIndex = nil
        guard itemCount > 0 else { return }
        if let reportedPageIndex, reportedPageIndex < index {
            throw .repeatedPage(pageIndex: index)
        }
        if let fingerprint, fingerprint == previousFingerprint {
            throw .repeatedPage(pageIndex: index)
        }
        previousFingerprint = fingerprint
        let hasMore: Bool
        if let pageCount {
            hasMore = index + 1 < pageCount
        } else if let envelopeItemCount, envelopeItemCount < pageSize {
            hasMore = false
        } else {
            hasMore = itemCount >= pageSize
        }
        if hasMore { nextIndex = index + 1 }
    }

    /// The page to fetch next, or `nil` when the walk is over.
    ///
    /// - Throws: ``IIQPaginationFailure/Reason/pageLimitExceeded(limit:)`` when that page would pass the bound.
    mutating func pageToFetch() throws(IIQPaginationFailure.Reason) -> Int? {
        guard let index = nextIndex else { return nil }
        guard index < maximumPages else {
            nextIndex = nil
            throw .pageLimitExceeded(limit: maximumPages)
        }
        return index
    }

    /// Ends the walk, after an error or a cancellation.
    mutating func finish() { nextIndex = nil }
}
