import Foundation

/// `/locations`: every location, one location, its rooms, and every room. Any valid token may read them.
enum LocationRoutes {
    static let routes: [SandboxRoute] = [
        SandboxRoute(.get, "locations/all", scope: nil) { store, context in
            let search = try SandboxSearch(context.request)
            let rules = SearchRules<LocationRecord>(
                facets: [:], sortKeys: ["name": { .text($0.name) }, "abbreviation": { .text($0.abbreviation) }])
            return search.page(
                try search.matches(store.locations.rows, rules: rules) { _ in true }, render: store.json(location:))
        },
        // Not modelled by the SDK: the route the raw escape hatch's tests call.
        SandboxRoute(.get, "locations/rooms", scope: nil) { store, context in
            let search = try SandboxSearch(context.request)
            let rules = SearchRules<RoomRecord>(facets: [:], sortKeys: ["name": { .text($0.name) }])
            return search.page(
                try search.matches(store.rooms.rows, rules: rules) { _ in true }, render: store.json(room:))
        },
        SandboxRoute(.get, "locations/{}", scope: nil) { store, context in
            .item(store.json(location: try store.locations.require(try context.id(0, "location"), "location")))
        },
        SandboxRoute(.get, "locations/{}/rooms", scope: nil) { store, context in
            let location = try store.locations.require(try context.id(0, "location"), "location")
            return .list(store.rooms.rows.filter { $0.locationID == location.id }.map(store.json(room:)))
        },
    ]
}
