import Foundation

/// `/assets`: search, count, look up by tag, serial, owner or room, read, update and set the owner.
enum AssetRoutes {
    static let read = "assets:read"
    static let write = "assets:write"

    static let routes: [SandboxRoute] = [
        SandboxRoute(.post, "assets", scope: read) { store, context in
            let search = try SandboxSearch(context.request)
            let snapshot = store
            let rows = try store.cachedSearch(context.request) { try matches(snapshot, context, search) }
            return search.page(rows, render: store.json(asset:))
        },
        SandboxRoute(.post, "assets/count", scope: read) { store, context in
            let total = try matches(store, context, try SandboxSearch(context.request)).count
            return .page([], index: 0, size: 1, totalRows: total)
        },
        SandboxRoute(.get, "assets/status/types", scope: read) { store, _ in
            .list(store.assetStatuses.rows.map(store.json(status:)))
        },
        lookup("assets/assettag/{}") { asset, text in asset.tag == text },
        lookup("assets/assettag/search/{}") { asset, text in asset.tag.localizedCaseInsensitiveContains(text) },
        lookup("assets/serial/{}") { asset, text in asset.serial.caseInsensitiveCompare(text) == .orderedSame },
        lookup("assets/serial/search/{}") { asset, text in asset.serial.localizedCaseInsensitiveContains(text) },
        lookup("assets/for/{}") { asset, text in asset.ownerID == UUID(uuidString: text) },
        lookup("assets/rooms/{}") { asset, text in asset.roomID == UUID(uuidString: text) },
        SandboxRoute(.get, "assets/{}", scope: read) { store, context in
            .item(store.json(asset: try store.assets.require(try context.id(0, "asset"), "asset")))
        },
        SandboxRoute(.post, "assets/{}", scope: write, update),
        SandboxRoute(.post, "assets/{}/owner", scope: write) { store, context in
            let id = try context.id(0, "asset")
            guard let owner = try context.request.jsonObject().guid("OwnerId") else {
                throw SandboxFailure.badRequest("'OwnerId' is required.")
            }
            try store.users.check(owner, key: "OwnerId")
            let assigned = store.assetStatuses.rows.first { $0.name == "Assigned" }?.id
            _ = try store.assets.require(id, "asset")
            store.assets.modify(id) { asset in
                if asset.ownerID != owner { asset.previousOwnerID = asset.ownerID }
                asset.ownerID = owner
                asset.statusID = assigned ?? asset.statusID
                asset.modified = context.now
            }
            return .action
        },
    ]

    private static func lookup(_ path: String, _ test: @escaping @Sendable (AssetRecord, String) -> Bool)
        -> SandboxRoute
    {
        SandboxRoute(.get, path, scope: read) { store, context in
            let text = context.parameters.last ?? ""
            return .list(store.assets.rows.filter { !$0.isDeleted && test($0, text) }.map(store.json(asset:)))
        }
    }

    private static func matches(_ store: SandboxStore, _ context: SandboxContext, _ search: SandboxSearch)
        throws -> [AssetRecord]
    {
        let body = try context.request.jsonObject()
        let onlyDeleted = body.bool("OnlyShowDeleted") == true
        let assetType = try body.guid("AssetTypeId")
        return try search.matches(store.assets.rows, rules: rules(store)) { asset in
            asset.isDeleted == onlyDeleted
                && (assetType == nil || store.models[asset.modelID]?.assetTypeID == assetType)
        }
    }

    private static func rules(_ store: SandboxStore) -> SearchRules<AssetRecord> {
        SearchRules(
            facets: [
                "location": { asset, clause in Facet.id(asset.locationID, clause) },
                "assettype": { asset, clause in Facet.id(store.models[asset.modelID]?.assetTypeID, clause) },
                "model": { asset, clause in Facet.id(asset.modelID, clause) },
                "manufacturer": { asset, clause in Facet.id(store.models[asset.modelID]?.manufacturerID, clause) },
                "status": { asset, clause in
                    Facet.idOrName(asset.statusID, store.assetStatuses[asset.statusID]?.name, clause)
                },
                "user": { asset, clause in Facet.id(asset.ownerID, clause) },
                "asset": { asset, clause in Facet.id(asset.id, clause) },
                "room": { asset, clause in Facet.id(asset.roomID, clause) },
                "createddate": { asset, clause in try Facet.date(asset.created, clause) },
                "modifieddate": { asset, clause in try Facet.date(asset.modified, clause) },
            ],
            sortKeys: [
                "assettag": { .text($0.tag) }, "serialnumber": { .text($0.serial) }, "name": { .text($0.name) },
                "createddate": { .date($0.created) }, "modifieddate": { .date($0.modified) },
                "modelname": { .text(store.models[$0.modelID]?.name ?? "") },
                "manufacturername": {
                    .text(store.manufacturers[store.models[$0.modelID]?.manufacturerID]?.name ?? "")
                },
                "locationname": { .text(store.locations[$0.locationID]?.name ?? "") },
            ])
    }

    /// `POST /assets/{id}`. Without `ApiFlags: OnlySetMappedProperties`, IIQ treats the body as the
    /// whole asset and blanks a serial number that is not sent; the sandbox does the same.
    private static func update(_ store: inout SandboxStore, _ context: SandboxContext) throws
        -> SandboxReply
    {
        let id = try context.id(0, "asset")
        _ = try store.assets.require(id, "asset")
        let update = UpdateBody(body: try context.request.jsonObject())
        let partial = context.request.headers["ApiFlags"]?.contains("OnlySetMappedProperties") ?? false
        if let tag = update.body.string("AssetTag"), store.assets.rows.contains(where: { $0.tag == tag && $0.id != id })
        {
            throw SandboxFailure.badRequest("The asset tag '\(tag)' is already used by another asset.")
        }
        let (locations, rooms, statuses, models) = (store.locations, store.rooms, store.assetStatuses, store.models)
        try store.assets.modify(id) { asset in
            try update.requiredText("AssetTag", into: &asset.tag)
            if !partial && !update.body.has("SerialNumber") { asset.serial = "" }
            var serial: String? = asset.serial
            update.text("SerialNumber", into: &serial)
            asset.serial = serial ?? ""
            try update.requiredText("Name", into: &asset.name)
            update.text("Notes", into: &asset.notes)
            update.text("ExternalId", into: &asset.externalID)
            update.text("PurchasePoNumber", into: &asset.purchaseOrder)
            update.text("Vendor", into: &asset.vendor)
            update.text("WarrantyInfo", into: &asset.warrantyInfo)
            if let price = update.body["PurchasePrice"] as? Double { asset.purchasePrice = price }
            try update.reference("LocationId", in: locations, into: &asset.locationID)
            try update.optionalReference("LocationRoomId", in: rooms, into: &asset.roomID)
            try update.reference("StatusTypeId", in: statuses, into: &asset.statusID)
            try update.reference("ModelId", in: models, into: &asset.modelID)
            try update.customFields(into: &asset.customFields)
            asset.modified = context.now
        }
        return .item(store.json(asset: try store.assets.require(id, "asset")), uid: id)
    }
}
