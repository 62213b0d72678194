/// Saved views of users, tickets and assets: `client.views`.
///
/// ```swift
/// let unassigned = try await client.views.lookup(named: "Unassigned Tickets", in: .tickets).unique()
/// for try await ticket in client.tickets.search(.all, filters: [.view(unassigned.id)]) { … }
/// ```
public struct IIQViewsAPI: Sendable {
    let client: IIQClient

    /// The views of one kind (`GET /users/views`, `/tickets/views` or `/assets/views`).
    public func all(_ kind: IIQViewKind, options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQView] {
        try await client.items(
            IIQView.self, IIQOperation("views.\(kind.rawValue)", .get, [kind.rawValue, "views"], scope: kind.scope),
            options: options)
    }

    /// The view with `id`, of any kind (`GET /views/{id}`).
    public func get(_ id: IIQView.ID, options: IIQRequestOptions = .default) async throws(IIQError) -> IIQView {
        try await client.record(
            IIQView.self, id: id.uuid,
            IIQOperation("views.get", .get, ["views", id.description], scope: "tickets:read"),
            options: options)
    }

    /// The first view of `kind` named `name`, ignoring case and surrounding spaces; `nil` when none is.
    public func first(named name: String, in kind: IIQViewKind, options: IIQRequestOptions = .default)
        async throws(IIQError) -> IIQView?
    {
        NameSearch.first(named: name, in: try await all(kind, options: options)) { [$0.name] }
    }

    /// Every view of `kind` named `name`, and the closest view names when none is. See ``IIQNameLookup``.
    public func lookup(named name: String, in kind: IIQViewKind, options: IIQRequestOptions = .default)
        async throws(IIQError) -> IIQNameLookup<IIQView>
    {
        NameSearch.lookup(
            name, entity: "\(kind.rawValue.dropLast()) view", operation: "views.lookup",
            in: try await all(kind, options: options)
        ) { [$0.name] }
    }
}
