import Foundation

/// Teams of agents: `client.teams`. Enough to assign a ticket to a team known only by its name.
///
/// ```swift
/// let tier1 = try await client.teams.lookup(named: "Tier 1").unique()
/// try await client.tickets.assign(ticket.id, to: .team(tier1.id))
/// ```
public struct IIQTeamsAPI: Sendable {
    let client: IIQClient

    static let read = "tickets:read"

    /// Every team, page by page (`GET /teams/all`).
    public func all(pageSize: Int = 500, options: IIQRequestOptions = .default) -> IIQPagedSequence<IIQTeam> {
        client.paged(
            IIQOperation("teams.all", .get, ["teams", "all"], scope: Self.read), pageSize: pageSize, sort: nil,
            maximumPages: IIQPagedSequence<IIQTeam>.defaultMaximumPages, options: options)
    }

    /// The team with `id` (`GET /teams/{id}`).
    public func get(_ id: IIQTeam.ID, options: IIQRequestOptions = .default) async throws(IIQError) -> IIQTeam {
        try await client.record(
            IIQTeam.self, id: id.uuid, IIQOperation("teams.get", .get, ["teams", id.description], scope: Self.read),
            options: options)
    }

    /// The members of a team (`GET /teams/{id}/members`).
    public func members(of id: IIQTeam.ID, options: IIQRequestOptions = .default) async throws(IIQError)
        -> [IIQTeamMember]
    {
        try await client.items(
            IIQTeamMember.self,
            IIQOperation("teams.members", .get, ["teams", id.description, "members"], scope: Self.read),
            options: options)
    }

    /// The teams a user belongs to (`GET /teams/for/{userId}`).
    public func containing(member user: IIQUser.ID, options: IIQRequestOptions = .default) async throws(IIQError)
        -> [IIQTeam]
    {
        try await client.items(
            IIQTeam.self, IIQOperation("teams.containing", .get, ["teams", "for", user.description], scope: Self.read),
            options: options)
    }

    /// The first team named `name`, ignoring case and surrounding spaces; `nil` when none is.
    ///
    /// Walks ``all(pageSize:options:)`` until it finds a match.
    public func first(named name: String, options: IIQRequestOptions = .default) async throws(IIQError) -> IIQTeam? {
        try await NameSearch.first(named: name, in: all(options: options)) { [$0.teamName] }
    }

    /// Every team named `name`, and the closest team names when none is, from one walk of
    /// ``all(pageSize:options:)``. See ``IIQNameLookup``.
    public func lookup(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQNameLookup<IIQTeam>
    {
        try await NameSearch.lookup(name, entity: "team", operation: "teams.lookup", in: all(options: options)) {
            [$0.teamName]
        }
    }
}
