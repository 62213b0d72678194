/// Ticket tags: `client.tags`.
///
/// ```swift
/// let loaner = try await client.tags.lookup(named: "Loaner Issued").unique()
/// for try await ticket in client.tickets.search(.open, filters: [.tag(loaner.id)]) { … }
/// ```
public struct IIQTagsAPI: Sendable {
    let client: IIQClient

    static let read = "tickets:read"

    /// Every tag (`POST /tags/query` with an empty query).
    public func all(options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQTag] {
        let operation = try IIQOperation("tags.all", .post, ["tags", "query"], scope: Self.read).with(
            body: EmptyQuery())
        return try await client.items(IIQTag.self, operation, options: options)
    }

    /// The tag with `id` (`GET /tags/{id}`).
    public func get(_ id: IIQTag.ID, options: IIQRequestOptions = .default) async throws(IIQError) -> IIQTag {
        try await client.record(
            IIQTag.self, id: id.uuid, IIQOperation("tags.get", .get, ["tags", id.description], scope: Self.read),
            options: options)
    }

    /// The first tag named `name`, ignoring case and surrounding spaces; `nil` when none is.
    public func first(named name: String, options: IIQRequestOptions = .default) async throws(IIQError) -> IIQTag? {
        NameSearch.first(named: name, in: try await all(options: options)) { [$0.name] }
    }

    /// Every tag named `name`, and the closest tag names when none is. See ``IIQNameLookup``.
    public func lookup(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQNameLookup<IIQTag>
    {
        NameSearch.lookup(name, entity: "tag", operation: "tags.lookup", in: try await all(options: options)) {
            [$0.name]
        }
    }
}

/// `{}`: a query with no conditions.
struct EmptyQuery: Encodable {}
