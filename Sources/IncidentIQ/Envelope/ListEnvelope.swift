/// `ListGetResponseOf*`: `Items`, an optional `Paging` and an optional `ItemCount`, decoded in one pass
/// with the status keys. Bookkeeping keys (`RequestDate`, `ExecutionTime`, `ServerName`, …) are skipped.
struct ListEnvelope<Item: Decodable>: IIQEnvelope {
    var items: [Item]
    var paging: PagingBlock?
    var itemCount: Int?
    var status: EnvelopeStatus

    enum CodingKeys: String, CodingKey, CaseIterable {
        case items = "Items"
        case paging = "Paging"
        case itemCount = "ItemCount"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try Self.items(in: container)
        paging = try? container.decodeIfPresent(PagingBlock.self, forKey: .paging)
        itemCount = try? container.decodeIfPresent(Int.self, forKey: .itemCount)
        status = try EnvelopeStatus(from: decoder)
    }

    /// `Items`, or none when the key is missing or null, in an array sized for them up front: an
    /// item can be kilobytes, and growing the array copied each one about twice.
    private static func items(in container: KeyedDecodingContainer<CodingKeys>) throws -> [Item] {
        guard container.contains(.items), try !container.decodeNil(forKey: .items) else { return [] }
        var elements = try container.nestedUnkeyedContainer(forKey: .items)
        var items: [Item] = []
        items.reserveCapacity(elements.count ?? 0)
        while !elements.isAtEnd { items.append(try elements.decode(Item.self)) }
        return items
    }
}

/// IIQ's `Paging` block. Every key is optional: tenants drop keys, and one variant names the total `Total`.
struct PagingBlock: Decodable, Sendable {
    var totalRows: Int?
    var pageCount: Int?
    var pageSize: Int?
    var pageIndex: Int?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case totalRows = "TotalRows"
        case total = "Total"
        case pageCount = "PageCount"
        case pageSize = "PageSize"
        case pageIndex = "PageIndex"
    }

    init(totalRows: Int?, pageCount: Int?, pageSize: Int?, pageIndex: Int?) {
        self.totalRows = totalRows
        self.pageCount = pageCount
        self.pageSize = pageSize
        self.pageIndex = pageIndex
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        totalRows =
            (try? container.decodeIfPresent(Int.self, forKey: .totalRows))
            ?? (try? container.decodeIfPresent(Int.self, forKey: .total))
        pageCount = try? container.decodeIfPresent(Int.self, forKey: .pageCount)
        pageSize = try? container.decodeIfPresent(Int.self, forKey: .pageSize)
        pageIndex = try? container.decodeIfPresent(Int.self, forKey: .pageIndex)
    }
}
