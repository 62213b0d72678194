import Foundation

/// `/custom-fields`: the fields of assets, tickets and users, their types, one record's values, and
/// `POST /tickets/{id}/custom-fields`. Asset and user values are written by their update routes.
enum CustomFieldRoutes {
    static let routes: [SandboxRoute] = [
        SandboxRoute(.post, "custom-fields", scope: nil) { store, context in
            let body = try context.request.jsonObject()
            let strategies = ["aggregateasset": "asset", "aggregateticket": "ticket", "aggregateuser": "user"]
            guard let strategy = body.string("Strategy"), let entity = strategies[strategy.lowercased()] else {
                throw SandboxFailure.badRequest(
                    "The sandbox lists custom fields by 'Strategy': AggregateAsset, AggregateTicket or AggregateUser.")
            }
            let search = try SandboxSearch(context.request)
            let rows = store.customFieldDefinitions.rows.filter { $0.entity == entity }
            return search.page(rows, render: store.json(customField:))
        },
        SandboxRoute(.get, "custom-fields/types", scope: nil) { store, _ in
            .list(store.customFieldDefinitions.rows.map(store.json(customFieldType:)))
        },
        SandboxRoute(.get, "custom-fields/types/{}", scope: nil) { store, context in
            let id = try context.id(0, "custom field type")
            guard let field = store.customFieldDefinitions.rows.first(where: { $0.typeID == id }) else {
                throw SandboxFailure.notFound("No custom field type has the id '\(id.uuidString.lowercased())'.")
            }
            return .item(store.json(customFieldType: field))
        },
        SandboxRoute(.get, "custom-fields/values/for/asset/{}", scope: AssetRoutes.read) { store, context in
            let asset = try store.assets.require(try context.id(0, "asset"), "asset")
            return .list(values(store.customFields(asset.customFields, owner: ("AssetId", asset.id))))
        },
        SandboxRoute(.get, "custom-fields/values/for/ticket/{}", scope: TicketRoutes.read) { store, context in
            let ticket = try store.tickets.require(try context.id(0, "ticket"), "ticket")
            return .list(values(store.customFields(ticket.customFields, owner: ("TicketId", ticket.id))))
        },
        SandboxRoute(.get, "custom-fields/values/for/user/{}", scope: UserRoutes.read) { store, context in
            let user = try store.users.require(try context.id(0, "user"), "user")
            return .list(values(store.customFields(user.customFields, owner: ("UserId", user.id))))
        },
        SandboxRoute(.post, "tickets/{}/custom-fields", scope: TicketRoutes.write) { store, context in
            let id = try context.id(0, "ticket")
            _ = try store.tickets.require(id, "ticket")
            guard let body = context.request.body, let array = try? JSONSerialization.jsonObject(with: body) as? [Any]
            else { throw SandboxFailure.badRequest("The body must be an array of TicketCustomFieldValue objects.") }
            let update = UpdateBody(body: ["CustomFieldValues": array])
            try store.tickets.modify(id) { ticket in
                try update.customFields(into: &ticket.customFields)
                ticket.modified = context.now
            }
            return .action
        },
    ]

    private static func values(_ json: SandboxJSON) -> [SandboxJSON] {
        if case .array(let elements) = json { return elements }
        return []
    }
}
