import Foundation

/// Assets and their catalogs as IIQ sends them.
extension SandboxStore {
    /// An `Asset`, with its nested model, status, owner, location and room.
    func json(asset: AssetRecord) -> SandboxJSON {
        guard let renderCache else { return render(asset: asset) }
        return renderCache.asset(asset.id) { render(asset: asset) }
    }

    private func render(asset: AssetRecord) -> SandboxJSON {
        let model = models[asset.modelID]
        let type = assetTypes[model?.assetTypeID]
        let status = assetStatuses[asset.statusID]
        let location = locations[asset.locationID]
        let openTickets = openTicketsByAsset[asset.id] ?? 0
        return .object([
            ("AssetId", .id(asset.id)), ("SiteId", .id(siteID)), ("ProductId", .id(Self.assetsProductID)),
            ("AssetTag", .string(asset.tag)), ("SerialNumber", .string(asset.serial)), ("Name", .string(asset.name)),
            ("ExternalId", .text(asset.externalID)), ("AssetTypeId", .id(type?.id)),
            ("AssetTypeName", .text(type?.name)), ("StatusTypeId", .id(asset.statusID)),
            ("Status", status.map(json(status:)) ?? .null), ("ModelId", .id(asset.modelID)),
            ("Model", model.map(json(model:)) ?? .null), ("CategoryId", .id(model?.categoryID)),
            ("OwnerId", .id(asset.ownerID)), ("Owner", json(simpleUser: asset.ownerID)),
            ("PreviousOwnerId", .id(asset.previousOwnerID)), ("LocationId", .id(asset.locationID)),
            ("Location", location.map(json(locationSummary:)) ?? .null), ("LocationRoomId", .id(asset.roomID)),
            ("LocationRoom", json(room: rooms[asset.roomID])), ("LocationDetails", .null),
            ("HasOpenTickets", .bool(openTickets > 0)), ("OpenTickets", .int(openTickets)),
            ("IsDeleted", .bool(asset.isDeleted)), ("IsTraining", .bool(false)), ("IsReadOnly", .bool(false)),
            ("IsExternallyManaged", .bool(false)), ("IsFavorite", .bool(false)), ("CanOwnerManage", .bool(false)),
            ("CanSubmitTicket", .bool(true)), ("CreatedDate", .date(asset.created)),
            ("ModifiedDate", .date(asset.modified)), ("PurchasedDate", .date(asset.purchased)),
            ("DeployedDate", .date(asset.ownerID == nil ? nil : asset.created)),
            ("RetiredDate", .date(status?.isRetired == true ? asset.modified : nil)),
            ("WarrantyExpirationDate", .date(asset.warrantyExpires)), ("InsuranceExpirationDate", .date(nil)),
            ("PurchasePrice", .double(asset.purchasePrice)), ("PurchasePoNumber", .text(asset.purchaseOrder)),
            ("InvoiceNumber", .null), ("Vendor", .text(asset.vendor)), ("WarrantyInfo", .text(asset.warrantyInfo)),
            ("InsuranceInfo", .null), ("Notes", .text(asset.notes)), ("LastInventoryDate", .date(nil)),
            ("StorageLocationId", .id(nil)), ("StorageUnitNumber", .null), ("StorageSlotNumber", .null),
            ("CustomFieldValues", customFields(asset.customFields, owner: ("AssetId", asset.id))),
            ("LinkedAssetIds", .array([])), ("TotalCost", .object([("AssetId", .id(asset.id))])),
        ])
    }

    /// An `AssetStatusType`.
    func json(status: AssetStatusRecord) -> SandboxJSON {
        .object([
            ("AssetStatusTypeId", .id(status.id)), ("Name", .string(status.name)),
            ("IsRetired", .bool(status.isRetired)),
            ("Scope", .string("All")),
        ])
    }

    /// A `Model` with its manufacturer and category.
    func json(model: ModelRecord) -> SandboxJSON {
        let maker = manufacturers[model.manufacturerID]
        return .object([
            ("ModelId", .id(model.id)), ("Name", .string(model.name)), ("ModelName", .string(model.name)),
            ("AssetTypeId", .id(model.assetTypeID)), ("ManufacturerId", .id(model.manufacturerID)),
            (
                "Manufacturer",
                maker.map {
                    .object([("ManufacturerId", .id($0.id)), ("Name", .string($0.name)), ("Scope", .string("System"))])
                } ?? .null
            ),
            ("CategoryId", .id(model.categoryID)),
            (
                "Category",
                .object([
                    ("CategoryId", .id(model.categoryID)), ("Name", .string(model.categoryName)), ("Level", .int(1)),
                    ("Scope", .string("All")),
                ])
            ),
            ("IsGenericModel", .bool(false)),
        ])
    }
}
