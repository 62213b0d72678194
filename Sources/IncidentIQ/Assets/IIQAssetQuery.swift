/// What an asset search asks for: filters, order and page size.
///
/// ```swift
/// let query = IIQAssetQuery(filters: [.location(school), .assetType(IIQAssetType.devices.id)], pageSize: 1000)
/// ```
public struct IIQAssetQuery: Hashable, Sendable {
    /// The facets that narrow the search (`Filters`), all of which must match; see ``IIQFilter``.
    public var filters: [IIQFilter]
    /// The order (`$o`, `$d`).
    public var sort: IIQSort?
    /// The page size (`$s`). Defaults to 100; any positive value.
    public var pageSize: Int
    /// The most pages one walk asks for. Defaults to 10,000.
    public var maximumPages: Int
    /// Whether to return only deleted assets (`OnlyShowDeleted`).
    public var onlyShowsDeleted: Bool
    /// Restricts the search to one asset type (`AssetTypeId`).
    public var assetType: IIQAssetType.ID?

    /// Creates a query.
    public init(
        filters: [IIQFilter] = [], sort: IIQSort? = nil, pageSize: Int = 100,
        maximumPages: Int = IIQPagedSequence<IIQAsset>.defaultMaximumPages, onlyShowsDeleted: Bool = false,
        assetType: IIQAssetType.ID? = nil
    ) {
        self.filters = filters
        self.sort = sort
        self.pageSize = pageSize
        self.maximumPages = maximumPages
        self.onlyShowsDeleted = onlyShowsDeleted
        self.assetType = assetType
    }

    /// The `GetAssetsRequest` body: only what the query sets.
    struct Body: Encodable {
        var filters: [IIQFilter]
        var onlyShowDeleted: Bool?
        var assetTypeID: IIQAssetType.ID?

        enum CodingKeys: String, CodingKey {
            case filters = "Filters"
            case onlyShowDeleted = "OnlyShowDeleted"
            case assetTypeID = "AssetTypeId"
        }
    }

    var body: Body {
        Body(filters: filters, onlyShowDeleted: onlyShowsDeleted ? true : nil, assetTypeID: assetType)
    }
}
