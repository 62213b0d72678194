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
    ///
    /// A record that cannot be decoded is skipped and reported to the ``DecodingLog`` in scope,
    /// with its position and, when readable, its id; the rest of the page is kept. Without a log in
    /// scope, the first bad record fails the page, as nothing could report the skip.
    private static func items(in container: KeyedDecodingContainer<CodingKeys>) throws -> [Item] {
        guard container.contains(.items), try !container.decodeNil(forKey: .items) else { return [] }
        let elements = try container.nestedUnkeyedContainer(forKey: .items)
        // The SDK's own decoder, by its concrete type: the loop below is then specialized for
        // `Item`, and each record is decoded by a direct call to its `init(from:)` instead of
        // through the existential container and the unspecialized generic path (which looked up
        // metadata and moved each kilobytes-large record three more times).
        if var tapeElements = elements as? TapeUnkeyedContainer {
            return try items(from: &tapeElements)
        }
        var anyElements = elements
        return try items(from: &anyElements)
    }

    private static func items<Elements: UnkeyedDecodingContainer>(from elements: inout Elements) throws -> [Item] {
        var items: [Item] = []
        items.reserveCapacity(elements.count ?? 0)
        while !elements.isAtEnd {
            let position = elements.currentIndex
            do {
                items.append(try elements.decode(Item.self))
            } catch {
                // A failed element leaves the container where it was: reading it again as a probe
                // (which cannot fail) moves past it and reads its id, if it has a readable one.
                let probe = try elements.decode(RecordProbe<Item>.self)
                guard DecodingLog.skip(position: position, id: probe.id, error: error, listKey: CodingKeys.items) else {
                    throw error
                }
            }
        }
        return items
    }
}

/// What can be read of a record that failed: its id as text, if it has one. Never throws, so
/// reading it moves an unkeyed container past any element.
struct RecordProbe<Record>: Decodable {
    var id: String?

    init(from decoder: any Decoder) throws {
        guard let key = (Record.self as? any IdentifiedRecord.Type)?.idKey,
            let container = try? decoder.container(keyedBy: NamedKey.self)
        else { return }
        // The container's own read, not the module's lenient overload: a probe reports nothing.
        id = try? KeyedDecodingContainer<NamedKey>.ownDecodeIfPresent(String.self, in: container, forKey: NamedKey(key))
    }
}

/// A coding key made from any name.
struct NamedKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
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
