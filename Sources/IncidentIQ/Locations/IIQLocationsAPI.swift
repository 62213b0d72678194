import Foundation

/// Locations and rooms: `client.locations`. Enough to turn a school's name into a filter id.
///
/// ```swift
/// if let school = try await client.locations.first(named: "Lincoln Elementary") {
///     for try await ticket in client.tickets.search(.open, filters: [.location(school.id)]) { … }
/// }
/// ```
public struct IIQLocationsAPI: Sendable {
    let client: IIQClient

    static let read = "tickets:read"

    /// Every location, page by page (`GET /locations/all`).
    public func all(pageSize: Int = 100, options: IIQRequestOptions = .default) -> IIQPagedSequence<IIQLocation> {
        client.paged(
            IIQOperation("locations.all", .get, ["locations", "all"], scope: Self.read), pageSize: pageSize,
            sort: nil, maximumPages: IIQPagedSequence<IIQLocation>.defaultMaximumPages, options: options)
    }

    /// The location with `id` (`GET /locations/{id}`).
    public func get(_ id: IIQLocation.ID, options: IIQRequestOptions = .default) async throws(IIQError) -> IIQLocation {
        try await client.record(
            IIQLocation.self, id: id.uuid,
            IIQOperation("locations.get", .get, ["locations", id.description], scope: Self.read),
            options: options)
    }

    /// The rooms of a location (`GET /locations/{id}/rooms`).
    public func rooms(in id: IIQLocation.ID, options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQRoom]
    {
        try await client.items(
            IIQRoom.self,
            IIQOperation("locations.rooms", .get, ["locations", id.description, "rooms"], scope: Self.read),
            options: options)
    }

    /// The first location whose name or abbreviation is `name`, ignoring case and surrounding spaces.
    ///
    /// Walks ``all(pageSize:options:)`` until it finds a match; `nil` when none matches.
    public func first(named name: String, options: IIQRequestOptions = .default) async throws(IIQError) -> IIQLocation?
    {
        try await NameSearch.first(named: name, in: all(pageSize: 500, options: options)) {
            [$0.name, $0.abbreviation]
        }
    }

    /// Every location whose name or abbreviation is `name`, and the closest names when none is,
    /// from one walk of ``all(pageSize:options:)``. See ``IIQNameLookup``.
    public func lookup(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQNameLookup<IIQLocation>
    {
        try await NameSearch.lookup(
            name, entity: "location", operation: "locations.lookup", in: all(pageSize: 500, options: options)
        ) { [$0.name, $0.abbreviation] }
    }
}
