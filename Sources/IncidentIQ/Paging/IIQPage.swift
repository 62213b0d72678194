/// One page of a search, as ``IIQPagedSequence/pages`` yields it.
public struct IIQPage<Element: Sendable>: Sendable {
    /// The page's items.
    public var items: [Element]
    /// The zero-based page index that was asked for (`$p`).
    public var pageIndex: Int
    /// The page size that was asked for (`$s`).
    public var pageSize: Int
    /// The total across all pages (`Paging.TotalRows`), when IIQ sent it.
    public var totalRows: Int?
    /// The number of pages (`Paging.PageCount`), when IIQ sent it.
    public var pageCount: Int?
    /// `ItemCount`, when IIQ sent it: some routes send it instead of `Paging`.
    public var itemCount: Int?
    /// Records of this page that could not be decoded and were left out of ``items``.
    public var skipped: [IIQSkippedRecord] = []
    /// Fields of this page's items that read as `nil` because their values drifted.
    public var drifts: [IIQFieldDrift] = []
    /// `Paging.PageIndex` as IIQ sent it, to detect a server that ignores `$p`.
    var reportedPageIndex: Int?
    /// Run once when the walk hands the page over: it sends the page's skips and drifts to the log
    /// hook, so the hook hears of pages in page order however they arrived.
    var onDelivery: (@Sendable () -> Void)?

    /// Creates a page.
    public init(
        items: [Element], pageIndex: Int, pageSize: Int, totalRows: Int? = nil, pageCount: Int? = nil,
        itemCount: Int? = nil
    ) {
        self.items = items
        self.pageIndex = pageIndex
        self.pageSize = pageSize
        self.totalRows = totalRows
        self.pageCount = pageCount
        self.itemCount = itemCount
    }
}

extension IIQPage where Element: Decodable {
    init(_ envelope: ListEnvelope<Element>, pageIndex: Int, pageSize: Int) {
        self.init(
            items: envelope.items, pageIndex: pageIndex, pageSize: pageSize, totalRows: envelope.paging?.totalRows,
            pageCount: envelope.paging?.pageCount, itemCount: envelope.itemCount)
        reportedPageIndex = envelope.paging?.pageIndex
    }
}
