import Foundation

/// `/users`: search, agents, read, create local users, update, delete and undelete.
enum UserRoutes {
    static let read = "users:read"
    static let write = "users:write"

    static let routes: [SandboxRoute] = [
        SandboxRoute(.post, "users", scope: read) { store, context in try search(&store, context, agentsOnly: false) },
        SandboxRoute(.post, "users/agents", scope: read) { store, context in
            try search(&store, context, agentsOnly: true)
        },
        SandboxRoute(.post, "users/local/new", scope: write, create),
        SandboxRoute(.get, "users/{}", scope: read) { store, context in
            .item(store.json(user: try store.users.require(try context.id(0, "user"), "user")))
        },
        SandboxRoute(.post, "users/{}", scope: write, update),
        SandboxRoute(.delete, "users/{}", scope: write) { store, context in
            try setDeleted(&store, context, true)
        },
        SandboxRoute(.put, "users/{}/undelete", scope: write) { store, context in
            try setDeleted(&store, context, false)
        },
    ]

    private static func search(_ store: inout SandboxStore, _ context: SandboxContext, agentsOnly: Bool) throws
        -> SandboxReply
    {
        let search = try SandboxSearch(context.request)
        let onlyDeleted = try context.request.jsonObject().bool("OnlyShowDeleted") == true
        let snapshot = store
        let rows = try store.cachedSearch(context.request) {
            try search.matches(snapshot.users.rows, rules: rules(snapshot)) { user in
                user.isDeleted == onlyDeleted && (!agentsOnly || snapshot.agentIDs.contains(user.id))
            }
        }
        return search.page(rows, render: store.json(user:))
    }

    private static func rules(_ store: SandboxStore) -> SearchRules<UserRecord> {
        SearchRules(
            facets: [
                "location": { user, clause in Facet.id(user.locationID, clause) },
                "role": { user, clause in Facet.idOrName(user.roleID, store.roles[user.roleID]?.name, clause) },
                "user": { user, clause in Facet.id(user.id, clause) },
                "grade": { user, clause in user.grade != nil && user.grade == clause.value },
                "createddate": { user, clause in try Facet.date(user.created, clause) },
                "modifieddate": { user, clause in try Facet.date(user.modified, clause) },
            ],
            sortKeys: [
                "fullname": { .text($0.fullName) }, "firstname": { .text($0.firstName) },
                "lastname": { .text($0.lastName) }, "email": { .text($0.email) }, "grade": { .text($0.grade ?? "") },
                "userid": { .text($0.id.uuidString.lowercased()) }, "modifieddate": { .date($0.modified) },
                "createddate": { .date($0.created) },
                "locationname": { .text(store.locations[$0.locationID]?.name ?? "") },
                "rolename": { .text(store.roles[$0.roleID]?.name ?? "") },
            ])
    }

    private static func create(_ store: inout SandboxStore, _ context: SandboxContext) throws
        -> SandboxReply
    {
        let body = try context.request.jsonObject()
        func required(_ key: String) throws -> String {
            guard let value = body.string(key), !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw SandboxFailure.badRequest("'\(key)' is required.")
            }
            return value
        }
        let first = try required("FirstName")
        let last = try required("LastName")
        let username =
            body.string("Username").flatMap { $0.isEmpty ? nil : $0 } ?? (first.prefix(1) + last).lowercased()
        if store.users.rows.contains(where: { $0.username.caseInsensitiveCompare(username) == .orderedSame }) {
            throw SandboxFailure.badRequest("The username '\(username)' is already taken.")
        }
        let role = try body.guid("RoleId") ?? store.roles.rows.first { $0.name == "Staff" }?.id ?? SandboxIDs.empty
        let location = try body.guid("LocationId") ?? store.locations.rows.last?.id ?? SandboxIDs.empty
        try store.roles.check(role, key: "RoleId")
        try store.locations.check(location, key: "LocationId")
        let user = UserRecord(
            id: store.newID(), firstName: first, lastName: last,
            email: body.string("Email") ?? "\(username)@sandbox.example",
            username: username, schoolIDNumber: body.string("SchoolIdNumber"), grade: body.string("Grade"),
            homeroom: nil, phone: nil, externalID: nil, internalComments: nil, roleID: role, locationID: location,
            isActive: true, isDeleted: false, created: context.now, modified: context.now)
        store.users.insert(user)
        return .item(store.json(user: user), uid: user.id)
    }

    private static func update(_ store: inout SandboxStore, _ context: SandboxContext) throws
        -> SandboxReply
    {
        let id = try context.id(0, "user")
        _ = try store.users.require(id, "user")
        let update = UpdateBody(body: try context.request.jsonObject())
        let (locations, roles) = (store.locations, store.roles)
        try store.users.modify(id) { user in
            try update.requiredText("FirstName", into: &user.firstName)
            try update.requiredText("LastName", into: &user.lastName)
            try update.requiredText("Email", into: &user.email)
            try update.requiredText("Username", into: &user.username)
            update.text("Phone", into: &user.phone)
            update.text("Grade", into: &user.grade)
            update.text("Homeroom", into: &user.homeroom)
            update.text("SchoolIdNumber", into: &user.schoolIDNumber)
            update.text("ExternalId", into: &user.externalID)
            update.text("InternalComments", into: &user.internalComments)
            if let active = update.body.bool("IsActive") { user.isActive = active }
            try update.reference("LocationId", in: locations, into: &user.locationID)
            try update.reference("RoleId", in: roles, into: &user.roleID)
            try update.customFields(into: &user.customFields)
            user.modified = context.now
        }
        return .item(store.json(user: try store.users.require(id, "user")), uid: id)
    }

    private static func setDeleted(_ store: inout SandboxStore, _ context: SandboxContext, _ deleted: Bool) throws
        -> SandboxReply
    {
        let id = try context.id(0, "user")
        guard
            store.users.modify(
                id,
                { user in
                    user.isDeleted = deleted
                    user.modified = context.now
                })
        else { throw SandboxFailure.notFound("No user has the id '\(id.uuidString.lowercased())'.") }
        return .action
    }
}
