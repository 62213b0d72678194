/// User roles, such as Student, Staff and Agent: `client.roles`.
///
/// ```swift
/// let students = try await client.roles.lookup(named: "Student").unique()
/// for try await user in client.users.search(filters: [.role(students.id)]) { … }
/// ```
public struct IIQRolesAPI: Sendable {
    let client: IIQClient

    static let read = "users:read"

    /// Every role of the site (`GET /sites/roles`).
    public func all(options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQRole] {
        try await client.items(
            IIQRole.self, IIQOperation("roles.all", .get, ["sites", "roles"], scope: Self.read), options: options)
    }

    /// The first role named `name`, ignoring case and surrounding spaces; `nil` when none is.
    public func first(named name: String, options: IIQRequestOptions = .default) async throws(IIQError) -> IIQRole? {
        NameSearch.first(named: name, in: try await all(options: options)) { [$0.name] }
    }

    /// Every role named `name`, and the closest role names when none is. See ``IIQNameLookup``.
    public func lookup(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQNameLookup<IIQRole>
    {
        NameSearch.lookup(name, entity: "role", operation: "roles.lookup", in: try await all(options: options)) {
            [$0.name]
        }
    }
}
