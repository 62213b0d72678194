import Foundation

/// The search box: `POST /assets/search` (`SearchAssetsRequest`) and `POST /search/v2` for users
/// (`Facets: 4`).
enum TextSearchRoutes {
    static let routes: [SandboxRoute] = [
        SandboxRoute(.post, "assets/search", scope: AssetRoutes.read) { store, context in
            let body = try context.request.jsonObject()
            let text = try query(body)
            let flags = [
                "SearchAssetTag", "SearchSerial", "SearchModelName", "SearchManufacturerName", "SearchOwner",
                "SearchRoom",
            ]
            let chosen = Set(flags.filter { body.bool($0) == true })
            let assetType = try body.guid("AssetTypeId")
            let search = try SandboxSearch(context.request, defaultPageSize: 20)
            let snapshot = store
            func fields(_ asset: AssetRecord) -> [String] {
                if chosen.isEmpty { return [asset.tag, asset.serial, asset.name] }
                let model = snapshot.models[asset.modelID]
                var values: [String] = []
                if chosen.contains("SearchAssetTag") { values.append(asset.tag) }
                if chosen.contains("SearchSerial") { values.append(asset.serial) }
                if chosen.contains("SearchModelName") { values.append(model?.name ?? "") }
                if chosen.contains("SearchManufacturerName") {
                    values.append(snapshot.manufacturers[model?.manufacturerID]?.name ?? "")
                }
                if chosen.contains("SearchOwner") { values.append(snapshot.users[asset.ownerID]?.fullName ?? "") }
                if chosen.contains("SearchRoom") { values.append(snapshot.rooms[asset.roomID]?.name ?? "") }
                return values
            }
            let rows = try store.cachedSearch(context.request) {
                try search.matches(snapshot.assets.rows, rules: assetRules) { asset in
                    !asset.isDeleted
                        && (assetType == nil || snapshot.models[asset.modelID]?.assetTypeID == assetType)
                        && fields(asset).contains { $0.localizedCaseInsensitiveContains(text) }
                }
            }
            return search.page(rows, render: store.json(asset:))
        },
        SandboxRoute(.post, "search/v2", scope: UserRoutes.read) { store, context in
            let body = try context.request.jsonObject()
            let text = try query(body)
            guard (body["Facets"] as? Int) == 4 else {
                throw SandboxFailure.badRequest("The sandbox's search box finds users only: send 'Facets': 4.")
            }
            let include = body.bool("IncludeMatchedItem") ?? false
            let search = try SandboxSearch(context.request, defaultPageSize: 20)
            let snapshot = store
            let rows = try store.cachedSearch(context.request) {
                try search.matches(snapshot.users.rows, rules: userRules) { user in
                    !user.isDeleted
                        && [user.fullName, user.email, user.username, user.schoolIDNumber ?? ""]
                            .contains { $0.localizedCaseInsensitiveContains(text) }
                }.sorted { ($0.lastName, $0.firstName) < ($1.lastName, $1.firstName) }
            }
            return search.page(rows) { user in
                var pairs: [(String, SandboxJSON)] = [
                    ("Id", .id(user.id)), ("Name", .string(user.fullName)), ("Facet", .int(4)),
                    ("Description", .string(user.email)),
                ]
                if include { pairs.append(("MatchedItem", snapshot.json(user: user))) }
                return .object(pairs)
            }
        },
    ]

    private static func query(_ body: [String: Any]) throws -> String {
        guard let text = body.string("Query"), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw SandboxFailure.badRequest("'Query' is required.")
        }
        return text
    }

    private static var assetRules: SearchRules<AssetRecord> {
        SearchRules(
            facets: [:],
            sortKeys: [
                "assettag": { .text($0.tag) }, "serialnumber": { .text($0.serial) }, "name": { .text($0.name) },
                "modifieddate": { .date($0.modified) },
            ])
    }

    private static var userRules: SearchRules<UserRecord> { SearchRules(facets: [:], sortKeys: [:]) }
}
