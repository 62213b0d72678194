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
    public var customFieldValues: [IIQCustomFieldValue]? {
        didSet { updatesCustomFields = customFieldValues == nil ? nil : true }
    }
    /// `UpdateCustomFields`, which IIQ needs beside `CustomFieldValues`; kept in step by `customFieldValues`.
    private var updatesCustomFields: Bool?

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
        case updatesCustomFields = "UpdateCustomFields"
    }

}
