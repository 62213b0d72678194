/// What a ticket search asks for: the schema, filters, order and page size.
///
/// ```swift
/// let query = IIQTicketQuery(.open, filters: [.location(school)], sort: .descending("TicketCreatedDate"))
/// for try await ticket in client.tickets.search(query) { … }
/// ```
public struct IIQTicketQuery: Hashable, Sendable {
    /// Which tickets to start from (`Schema`). Defaults to ``IIQTicketSchema/all``.
    public var schema: IIQTicketSchema
    /// The facets that narrow the search (`Filters`), all of which must match; see ``IIQFilter``.
    public var filters: [IIQFilter]
    /// The order (`$o`, `$d`).
    public var sort: IIQSort?
    /// The page size (`$s`). Defaults to 100; any positive value.
    public var pageSize: Int
    /// The most pages one walk asks for. Defaults to 10,000.
    public var maximumPages: Int
    /// Whether to return only deleted tickets (`OnlyShowDeleted`).
    public var onlyShowsDeleted: Bool
    /// Restricts the search to a product (`ProductId` with `FilterByProduct`).
    public var product: IIQProduct?

    /// Creates a query.
    public init(
        _ schema: IIQTicketSchema = .all, filters: [IIQFilter] = [], sort: IIQSort? = nil, pageSize: Int = 100,
        maximumPages: Int = IIQPagedSequence<IIQTicket>.defaultMaximumPages, onlyShowsDeleted: Bool = false,
        product: IIQProduct? = nil
    ) {
        self.schema = schema
        self.filters = filters
        self.sort = sort
        self.pageSize = pageSize
        self.maximumPages = maximumPages
        self.onlyShowsDeleted = onlyShowsDeleted
        self.product = product
    }

    /// The `GetTicketsRequest` body: only what the query sets.
    struct Body: Encodable {
        var schema: IIQTicketSchema
        var filters: [IIQFilter]
        var onlyShowDeleted: Bool?
        var filterByProduct: Bool?
        var productID: String?

        enum CodingKeys: String, CodingKey {
            case schema = "Schema"
            case filters = "Filters"
            case onlyShowDeleted = "OnlyShowDeleted"
            case filterByProduct = "FilterByProduct"
            case productID = "ProductId"
        }
    }

    var body: Body {
        Body(
            schema: schema, filters: filters, onlyShowDeleted: onlyShowsDeleted ? true : nil,
            filterByProduct: product == nil ? nil : true, productID: product?.headerValue)
    }
}
