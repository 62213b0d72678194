/// What a user search asks for: filters, order and page size.
///
/// ```swift
/// IIQUserQuery(filters: [.location(school), .role(studentRole)], sort: .ascending("FullName"))
/// ```
public struct IIQUserQuery: Hashable, Sendable {
    /// The facets that narrow the search (`Filters`), all of which must match; see ``IIQFilter``.
    public var filters: [IIQFilter]
    /// The order (`$o`, `$d`).
    public var sort: IIQSort?
    /// The page size (`$s`). Defaults to 100; any positive value.
    public var pageSize: Int
    /// The most pages one walk asks for. Defaults to 10,000.
    public var maximumPages: Int
    /// Whether to return only deleted users (`OnlyShowDeleted`).
    public var onlyShowsDeleted: Bool
    /// Whether to leave out users with no access (`ExcludeNoAccess`).
    public var excludesNoAccess: Bool

    /// Creates a query.
    public init(
        filters: [IIQFilter] = [], sort: IIQSort? = nil, pageSize: Int = 100,
        maximumPages: Int = IIQPagedSequence<IIQUser>.defaultMaximumPages, onlyShowsDeleted: Bool = false,
        excludesNoAccess: Bool = false
    ) {
        self.filters = filters
        self.sort = sort
        self.pageSize = pageSize
        self.maximumPages = maximumPages
        self.onlyShowsDeleted = onlyShowsDeleted
        self.excludesNoAccess = excludesNoAccess
    }

    /// The `GetUsersRequestV1` body: only what the query sets.
    struct Body: Encodable {
        var filters: [IIQFilter]
        var onlyShowDeleted: Bool?
        var excludeNoAccess: Bool?

        enum CodingKeys: String, CodingKey {
            case filters = "Filters"
            case onlyShowDeleted = "OnlyShowDeleted"
            case excludeNoAccess = "ExcludeNoAccess"
        }
    }

    var body: Body {
        Body(
            filters: filters, onlyShowDeleted: onlyShowsDeleted ? true : nil,
            excludeNoAccess: excludesNoAccess ? true : nil)
    }
}
