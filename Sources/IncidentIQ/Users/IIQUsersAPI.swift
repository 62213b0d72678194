/// Users: `client.users`.
///
/// ```swift
/// for try await student in client.users.search(IIQUserQuery(filters: [.location(school)])) { … }
///
/// var change = IIQUserUpdate()
/// change.grade = "07"
/// _ = try await client.users.update(student.id, with: change)
/// ```
public struct IIQUsersAPI: Sendable {
    let client: IIQClient

    static let read = "users:read"
    static let write = "users:write"

    /// Every user the query matches, page by page (`POST /users` with a `GetUsersRequestV1`).
    public func search(_ query: IIQUserQuery = IIQUserQuery(), options: IIQRequestOptions = .default)
        -> IIQPagedSequence<IIQUser>
    {
        client.paged(
            IIQOperation("users.search", .post, ["users"], scope: Self.read), body: query.body,
            pageSize: query.pageSize, sort: query.sort, maximumPages: query.maximumPages, options: options)
    }

    /// Every user the filters match, page by page.
    public func search(filters: [IIQFilter], sort: IIQSort? = nil, options: IIQRequestOptions = .default)
        -> IIQPagedSequence<IIQUser>
    {
        search(IIQUserQuery(filters: filters, sort: sort), options: options)
    }

    /// The agents: users who work tickets (`POST /users/agents`), page by page.
    public func agents(_ query: IIQUserQuery = IIQUserQuery(), options: IIQRequestOptions = .default)
        -> IIQPagedSequence<IIQUser>
    {
        client.paged(
            IIQOperation("users.agents", .post, ["users", "agents"], scope: Self.read), body: query.body,
            pageSize: query.pageSize, sort: query.sort, maximumPages: query.maximumPages, options: options)
    }

    /// The user with `id` (`GET /users/{id}`).
    public func get(_ id: IIQUser.ID, options: IIQRequestOptions = .default) async throws(IIQError) -> IIQUser {
        try await client.record(
            IIQUser.self, id: id.uuid, IIQOperation("users.get", .get, ["users", id.description], scope: Self.read),
            options: options)
    }

    /// Changes a user (`POST /users/{id}`); only the properties set in `update` are sent.
    public func update(_ id: IIQUser.ID, with update: IIQUserUpdate, options: IIQRequestOptions = .default)
        async throws(IIQError) -> IIQUser
    {
        let operation = try IIQOperation("users.update", .post, ["users", id.description], scope: Self.write)
            .with(body: IdentifiedBody(idKey: "UserId", id: id, update: update))
        return try await client.item(IIQUser.self, operation, options: options)
    }

    /// Creates a local user (`POST /users/local/new`) and returns it.
    public func createLocalUser(_ user: IIQNewUser, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQUser
    {
        let operation = try IIQOperation("users.createLocalUser", .post, ["users", "local", "new"], scope: Self.write)
            .with(body: user.validated("users.createLocalUser"))
        return try await client.item(IIQUser.self, operation, options: options) { uid async throws(IIQError) in
            try await get(IIQUser.ID(uid), options: options)
        }
    }

    /// Deletes a user (`DELETE /users/{id}`); ``undelete(_:options:)`` restores them.
    public func delete(_ id: IIQUser.ID, options: IIQRequestOptions = .default) async throws(IIQError) {
        try await client.action(
            IIQOperation("users.delete", .delete, ["users", id.description], scope: Self.write), options: options)
    }

    /// Restores a deleted user (`PUT /users/{id}/undelete`).
    public func undelete(_ id: IIQUser.ID, options: IIQRequestOptions = .default) async throws(IIQError) {
        try await client.action(
            IIQOperation("users.undelete", .put, ["users", id.description, "undelete"], scope: Self.write),
            options: options)
    }
}
