import Foundation

/// The catalogues: issues and their tree, teams, roles, views, tags, asset models, manufacturers,
/// asset types and workflows. Reads only; each needs the read scope of the area it belongs to.
enum CatalogueRoutes {
    static let tickets = "tickets:read"
    static let assets = "assets:read"
    static let users = "users:read"

    static let routes: [SandboxRoute] = issueRoutes + teamRoutes + otherRoutes

    // MARK: Issues

    private static let issueRoutes: [SandboxRoute] = [
        SandboxRoute(.post, "issues", scope: tickets, issues),
        SandboxRoute(.post, "issues/types", scope: tickets) { store, _ in
            .list(store.catalogue.issueTypes.rows.map(store.json(issueType:)))
        },
        SandboxRoute(.get, "issues/types", scope: tickets) { store, _ in
            .list(store.catalogue.issueTypes.rows.map(store.json(issueType:)))
        },
        SandboxRoute(.get, "issues/types/{}", scope: tickets) { store, context in
            .item(
                store.json(
                    issueType: try store.catalogue.issueTypes.require(try context.id(0, "issue type"), "issue type")))
        },
        SandboxRoute(.get, "issues/{}", scope: tickets) { store, context in
            .item(store.json(issue: try store.issues.require(try context.id(0, "issue"), "issue")))
        },
        SandboxRoute(.get, "categories/of/issues", scope: tickets) { store, _ in
            .list(store.catalogue.issueCategories.rows.map(store.json(issueCategory:)))
        },
        SandboxRoute(.get, "categories/{}", scope: tickets) { store, context in
            let id = try context.id(0, "category")
            // IIQ keeps issue and model categories in one catalogue, so a model's `CategoryId` reads here too.
            if let model = store.models.rows.first(where: { $0.categoryID == id }) {
                return .item(store.json(modelCategory: model))
            }
            return .item(store.json(issueCategory: try store.catalogue.issueCategories.require(id, "category")))
        },
    ]

    /// `POST /issues`: a `GetIssuesRequest` narrows by product, categories and types; `$s`/`$p` page.
    private static func issues(_ store: inout SandboxStore, _ context: SandboxContext) throws -> SandboxReply {
        let body = try context.request.jsonObject()
        let search = try SandboxSearch(context.request, defaultPageSize: 100)
        let product = body.bool("ApplyProductIdFilter") == true ? try body.guid("ProductId") : nil
        let categories = try guids(body, "IssueCategoryIds")
        let types = try guids(body, "IssueTypeIds")
        let rules = SearchRules<IssueRecord>(facets: [:], sortKeys: ["name": { .text($0.name) }])
        let rows = try search.matches(store.issues.rows, rules: rules) { issue in
            (product == nil || issue.productID == product) && (categories?.contains(issue.categoryID) ?? true)
                && (types?.contains(issue.typeID) ?? true)
        }
        return search.page(rows, render: store.json(issue:))
    }

    /// The GUIDs of an array at `key`; nil when absent or null.
    private static func guids(_ body: [String: Any], _ key: String) throws -> Set<UUID>? {
        guard let raw = body[key], !(raw is NSNull) else { return nil }
        guard let list = raw as? [Any] else { throw SandboxFailure.badRequest("'\(key)' must be an array of GUIDs.") }
        return Set(
            try list.map { element in
                guard let text = element as? String, let id = UUID(uuidString: text) else {
                    throw SandboxFailure.badRequest("'\(key)' holds a value that is not a GUID.")
                }
                return id
            })
    }

    // MARK: Teams

    private static let teamRoutes: [SandboxRoute] = [
        SandboxRoute(.get, "teams/all", scope: tickets) { store, context in
            let search = try SandboxSearch(context.request)
            let rules = SearchRules<TeamRecord>(facets: [:], sortKeys: ["teamname": { .text($0.name) }])
            return search.page(
                try search.matches(store.teams.rows, rules: rules) { _ in true }, render: store.json(teamDetail:))
        },
        SandboxRoute(.get, "teams/for/{}", scope: tickets) { store, context in
            let user = try store.users.require(try context.id(0, "user"), "user")
            return .list(store.teams.rows.filter { $0.memberIDs.contains(user.id) }.map(store.json(teamDetail:)))
        },
        SandboxRoute(.get, "teams/{}", scope: tickets) { store, context in
            .item(store.json(teamDetail: try store.teams.require(try context.id(0, "team"), "team")))
        },
        SandboxRoute(.get, "teams/{}/members", scope: tickets) { store, context in
            let team = try store.teams.require(try context.id(0, "team"), "team")
            return .list(team.memberIDs.compactMap { store.json(member: $0, of: team) })
        },
    ]

    // MARK: Roles, views, tags, asset catalogues, workflows

    private static let otherRoutes: [SandboxRoute] = [
        SandboxRoute(.get, "sites/roles", scope: users) { store, _ in
            .list(store.roles.rows.map(store.json(roleDetail:)))
        },
        SandboxRoute(.get, "users/views", scope: users) { store, _ in views(store, "users") },
        SandboxRoute(.get, "tickets/views", scope: tickets) { store, _ in views(store, "tickets") },
        SandboxRoute(.get, "assets/views", scope: assets) { store, _ in views(store, "assets") },
        SandboxRoute(.get, "views/{}", scope: nil) { store, context in
            .item(store.json(view: try store.catalogue.views.require(try context.id(0, "view"), "view")))
        },
        SandboxRoute(.post, "tags/query", scope: tickets) { store, _ in
            .list(store.catalogue.tags.rows.map(store.json(tag:)))
        },
        SandboxRoute(.get, "tags/{}", scope: tickets) { store, context in
            .item(store.json(tag: try store.catalogue.tags.require(try context.id(0, "tag"), "tag")))
        },
        SandboxRoute(.get, "models/all", scope: assets) { store, _ in .list(store.models.rows.map(store.json(model:)))
        },
        SandboxRoute(.get, "models/{}", scope: assets) { store, context in
            .item(store.json(model: try store.models.require(try context.id(0, "model"), "model")))
        },
        SandboxRoute(.get, "manufacturers/global", scope: assets) { store, _ in
            .list(store.manufacturers.rows.map(store.json(manufacturer:)))
        },
        SandboxRoute(.get, "manufacturers/{}", scope: assets) { store, context in
            .item(
                store.json(
                    manufacturer: try store.manufacturers.require(try context.id(0, "manufacturer"), "manufacturer")))
        },
        SandboxRoute(.get, "assets/types", scope: assets) { store, _ in
            .list(store.assetTypes.rows.map(store.json(assetType:)))
        },
        SandboxRoute(.get, "assets/types/{}", scope: assets) { store, context in
            .item(store.json(assetType: try store.assetTypes.require(try context.id(0, "asset type"), "asset type")))
        },
        SandboxRoute(.get, "workflows", scope: tickets) { store, _ in
            .list(store.catalogue.workflows.rows.map(store.json(workflow:)))
        },
        SandboxRoute(.get, "tickets/{}/statuses", scope: tickets) { store, context in
            _ = try store.catalogue.workflows.require(try context.id(0, "workflow"), "workflow")
            return .list(store.workflowSteps.rows.map(store.json(step:)))
        },
    ]

    private static func views(_ store: SandboxStore, _ kind: String) -> SandboxReply {
        .list(store.catalogue.views.rows.filter { $0.kind == kind }.map(store.json(view:)))
    }
}
