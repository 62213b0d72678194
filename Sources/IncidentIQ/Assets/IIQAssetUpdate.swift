/// Changes to an asset, for ``IIQAssetsAPI/update(_:with:options:)``. Only what you set is sent.
///
/// IIQ can blank an asset's serial number on update unless it is sent again, so the SDK always
/// re-sends `AssetTag` and `SerialNumber`: set them here, or the SDK reads the current values first.
public struct IIQAssetUpdate: Hashable, Sendable, Encodable {
    /// The asset tag. Re-sent on every update.
    public var assetTag: String?
    /// The serial number. Re-sent on every update.
    public var serialNumber: String?
    /// A new name.
    public var name: String?
    /// New notes.
    public var notes: String?
    /// A new location.
    public var locationID: IIQLocation.ID?
    /// A new room.
    public var locationRoomID: IIQRoom.ID?
    /// A new status.
    public var statusTypeID: IIQAssetStatus.ID?
    /// A new model.
    public var modelID: IIQAssetModel.ID?
    /// A new external id.
    public var externalID: String?
    /// A new purchase price.
    public var purchasePrice: Double?
    /// A new purchase order number.
    public var purchasePoNumber: String?
    /// A new vendor.
    public var vendor: String?
    /// New warranty information.
    public var warrantyInfo: String?
    /// New custom field values; sets `UpdateCustomFields`.
    public var customFieldValues: [IIQCustomFieldValue]?

    /// Creates an empty update; set the properties to change.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case assetTag = "AssetTag"
        case serialNumber = "SerialNumber"
        case name = "Name"
        case notes = "Notes"
        case locationID = "LocationId"
        case locationRoomID = "LocationRoomId"
        case statusTypeID = "StatusTypeId"
        case modelID = "ModelId"
        case externalID = "ExternalId"
        case purchasePrice = "PurchasePrice"
        case purchasePoNumber = "PurchasePoNumber"
        case vendor = "Vendor"
        case warrantyInfo = "WarrantyInfo"
        case customFieldValues = "CustomFieldValues"
        case updateCustomFields = "UpdateCustomFields"
    }

    /// Writes only the properties that are set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(assetTag, forKey: .assetTag)
        try container.encodeIfPresent(serialNumber, forKey: .serialNumber)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(notes, forKey: .notes)
        try container.encodeIfPresent(locationID, forKey: .locationID)
        try container.encodeIfPresent(locationRoomID, forKey: .locationRoomID)
        try container.encodeIfPresent(statusTypeID, forKey: .statusTypeID)
        try container.encodeIfPresent(modelID, forKey: .modelID)
        try container.encodeIfPresent(externalID, forKey: .externalID)
        try container.encodeIfPresent(purchasePrice, forKey: .purchasePrice)
        try container.encodeIfPresent(purchasePoNumber, forKey: .purchasePoNumber)
        try container.encodeIfPresent(vendor, forKey: .vendor)
        try container.encodeIfPresent(warrantyInfo, forKey: .warrantyInfo)
        if let customFieldValues {
            try container.encode(customFieldValues, forKey: .customFieldValues)
            try container.encode(true, forKey: .updateCustomFields)
        }
    }
}
