import Foundation

/// A device or other asset: a Chromebook, a laptop, a projector.
///
/// Every property but ``id`` is optional, and keys IIQ adds are kept in ``unknownFields``. Lifecycle dates
/// (`PurchasedDate`, `WarrantyExpirationDate`, …) are read both as timestamps and as the spec's
/// .NET `Date` objects.
public struct IIQAsset: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of an asset.
    public typealias ID = IIQIdentifier<IIQAsset>

    /// The asset's id (`AssetId`), the one key every asset has.
    public var id: ID
    /// The asset audit policies.
    public var assetAuditPolicies: [IIQJSONValue]?
    /// The id of the audit policy that covers the asset (`AssetAuditPolicyId`): the rule that says
    /// when the asset must next be verified. A plain `UUID`: the SDK does not model audit policies.
    public var assetAuditPolicyID: UUID?
    /// The asset audit policy name.
    public var assetAuditPolicyName: String?
    /// The id of the audit policy's schedule the asset falls in (`AssetAuditPolicyScheduleId`).
    /// A plain `UUID`: the SDK does not model audit policies.
    public var assetAuditPolicyScheduleID: UUID?
    /// The asset audit policy schedule name.
    public var assetAuditPolicyScheduleName: String?
    /// The asset audit policy schedules.
    public var assetAuditPolicySchedules: [IIQJSONValue]?
    /// The asset audit policy status name.
    public var assetAuditPolicyStatusName: String?
    /// The asset audit policy status sort order.
    public var assetAuditPolicyStatusSortOrder: Int?
    /// The id of the asset's audit status (`AssetAuditPolicyStatusTypeId`), named by
    /// ``assetAuditPolicyStatusName``. A plain `UUID`: the SDK does not model audit statuses.
    public var assetAuditPolicyStatusTypeID: UUID?
    /// The id of the asset's inventory type (`AssetInventoryTypeId`), named by ``assetInventoryTypeName``.
    /// Not in the spec; live tenants send it. A plain `UUID`: the SDK does not model inventory types.
    public var assetInventoryTypeID: UUID?
    /// The asset inventory type name.
    public var assetInventoryTypeName: String?
    /// The asset tag, the label on the device.
    public var assetTag: String?
    /// The id of the asset type.
    public var assetTypeID: IIQAssetType.ID?
    /// The asset type name.
    public var assetTypeName: String?
    /// Whether the asset can owner manage.
    public var canOwnerManage: Bool?
    /// Whether the asset can submit ticket.
    public var canSubmitTicket: Bool?
    /// The id of the category.
    public var categoryID: IIQIssueCategory.ID?
    /// When the asset was created, in UTC.
    public var createdDate: Date?
    /// The custom field values.
    public var customFieldValues: [IIQCustomFieldValue]?
    /// The data mappings.
    public var dataMappings: IIQJSONValue?
    /// The deployed date, in UTC; `nil` when IIQ sent none.
    public var deployedDate: Date?
    /// The external.
    public var externalID: String?
    /// The funding source.
    public var fundingSource: IIQJSONValue?
    /// The id of the funding source the asset was bought with (`FundingSourceId`), detailed in
    /// ``fundingSource``. A plain `UUID`: the SDK does not model funding sources.
    public var fundingSourceID: UUID?
    /// Whether the asset has open tickets.
    public var hasOpenTickets: Bool?
    /// The id of the asset's picture (`ImageId`), a file IIQ stores; not in the spec, live tenants
    /// send it. A plain `UUID`: the SDK does not model IIQ's files.
    public var imageID: UUID?
    /// The insurance expiration date, in UTC; `nil` when IIQ sent none.
    public var insuranceExpirationDate: Date?
    /// The insurance info.
    public var insuranceInfo: String?
    /// The invoice number.
    public var invoiceNumber: String?
    /// Whether the asset is deleted.
    public var isDeleted: Bool?
    /// Whether the asset is externally managed.
    public var isExternallyManaged: Bool?
    /// Whether the asset is favorite.
    public var isFavorite: Bool?
    /// Whether the asset is read only.
    public var isReadOnly: Bool?
    /// Whether the asset is training data, hidden from reports.
    public var isTraining: Bool?
    /// The last inventory date, in UTC; `nil` when IIQ sent none.
    public var lastInventoryDate: Date?
    /// The last verification comments.
    public var lastVerificationComments: String?
    /// The last verification date time, in UTC; `nil` when IIQ sent none.
    public var lastVerificationDateTime: Date?
    /// The id of the last verification location.
    public var lastVerificationLocationID: IIQLocation.ID?
    /// The last verification location name.
    public var lastVerificationLocationName: String?
    /// The id of the last verification location room.
    public var lastVerificationLocationRoomID: IIQRoom.ID?
    /// Whether last verification successful is set.
    public var lastVerificationSuccessful: Bool?
    /// The kind of the last verification.
    public var lastVerificationTypeID: String?
    /// The last verification type name.
    public var lastVerificationTypeName: String?
    /// The id of the last verification user.
    public var lastVerificationUserID: IIQUser.ID?
    /// The ids of assets linked to this one.
    public var linkedAssetIDs: [IIQAsset.ID]?
    /// The location.
    public var location: IIQLocation?
    /// The location details.
    public var locationDetails: String?
    /// The id of the location.
    public var locationID: IIQLocation.ID?
    /// The location room.
    public var locationRoom: IIQRoom?
    /// The id of the location room.
    public var locationRoomID: IIQRoom.ID?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The model, with its manufacturer and category.
    public var model: IIQAssetModel?
    /// The id of the model.
    public var modelID: IIQAssetModel.ID?
    /// When the asset was last changed, in UTC.
    public var modifiedDate: Date?
    /// The name.
    public var name: String?
    /// The notes.
    public var notes: String?
    /// How many open tickets the asset has.
    public var openTickets: Int?
    /// The user the asset is assigned to.
    public var owner: IIQSimpleUser?
    /// The id of the user the asset is assigned to.
    public var ownerID: IIQUser.ID?
    /// The previous owner.
    public var previousOwner: IIQSimpleUser?
    /// The id of the previous owner.
    public var previousOwnerID: IIQUser.ID?
    /// The id of the product.
    public var productID: IIQProduct.ID?
    /// The purchase po number.
    public var purchasePoNumber: String?
    /// The purchase price.
    public var purchasePrice: Double?
    /// The purchased date, in UTC; `nil` when IIQ sent none.
    public var purchasedDate: Date?
    /// The retired date, in UTC; `nil` when IIQ sent none.
    public var retiredDate: Date?
    /// The manufacturer's serial number.
    public var serialNumber: String?
    /// The site.
    public var site: IIQJSONValue?
    /// The id of the site.
    public var siteID: IIQSite.ID?
    /// The source.
    public var source: IIQJSONValue?
    /// The source.
    public var sourceID: Int?
    /// The id of the spare group the asset belongs to (`SpareGroupId`), for a spare or loaner
    /// device. A plain `UUID`: the SDK does not model spare groups.
    public var spareGroupID: UUID?
    /// The id of the spare pool the asset belongs to (`SparePoolId`), for a spare or loaner
    /// device. A plain `UUID`: the SDK does not model spare pools.
    public var sparePoolID: UUID?
    /// The asset status, such as Available or In Repair.
    public var status: IIQAssetStatus?
    /// The id of the asset status.
    public var statusTypeID: IIQAssetStatus.ID?
    /// The storage location.
    public var storageLocation: IIQLocation?
    /// The id of the storage location.
    public var storageLocationID: IIQLocation.ID?
    /// The storage location name.
    public var storageLocationName: String?
    /// The storage slot number.
    public var storageSlotNumber: Int?
    /// The storage unit number.
    public var storageUnitNumber: String?
    /// The total cost block IIQ sends on live tenants; passed through untyped.
    public var totalCost: IIQJSONValue?
    /// The vendor.
    public var vendor: String?
    /// The warranty expiration date, in UTC; `nil` when IIQ sent none.
    public var warrantyExpirationDate: Date?
    /// The warranty info.
    public var warrantyInfo: String?

    /// Creates an asset with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "AssetId"
        case assetAuditPolicies = "AssetAuditPolicies"
        case assetAuditPolicyID = "AssetAuditPolicyId"
        case assetAuditPolicyName = "AssetAuditPolicyName"
        case assetAuditPolicyScheduleID = "AssetAuditPolicyScheduleId"
        case assetAuditPolicyScheduleName = "AssetAuditPolicyScheduleName"
        case assetAuditPolicySchedules = "AssetAuditPolicySchedules"
        case assetAuditPolicyStatusName = "AssetAuditPolicyStatusName"
        case assetAuditPolicyStatusSortOrder = "AssetAuditPolicyStatusSortOrder"
        case assetAuditPolicyStatusTypeID = "AssetAuditPolicyStatusTypeId"
        case assetInventoryTypeID = "AssetInventoryTypeId"
        case assetInventoryTypeName = "AssetInventoryTypeName"
        case assetTag = "AssetTag"
        case assetTypeID = "AssetTypeId"
        case assetTypeName = "AssetTypeName"
        case canOwnerManage = "CanOwnerManage"
        case canSubmitTicket = "CanSubmitTicket"
        case categoryID = "CategoryId"
        case createdDate = "CreatedDate"
        case customFieldValues = "CustomFieldValues"
        case dataMappings = "DataMappings"
        case deployedDate = "DeployedDate"
        case externalID = "ExternalId"
        case fundingSource = "FundingSource"
        case fundingSourceID = "FundingSourceId"
        case hasOpenTickets = "HasOpenTickets"
        case imageID = "ImageId"
        case insuranceExpirationDate = "InsuranceExpirationDate"
        case insuranceInfo = "InsuranceInfo"
        case invoiceNumber = "InvoiceNumber"
        case isDeleted = "IsDeleted"
        case isExternallyManaged = "IsExternallyManaged"
        case isFavorite = "IsFavorite"
        case isReadOnly = "IsReadOnly"
        case isTraining = "IsTraining"
        case lastInventoryDate = "LastInventoryDate"
        case lastVerificationComments = "LastVerificationComments"
        case lastVerificationDateTime = "LastVerificationDateTime"
        case lastVerificationLocationID = "LastVerificationLocationId"
        case lastVerificationLocationName = "LastVerificationLocationName"
        case lastVerificationLocationRoomID = "LastVerificationLocationRoomId"
        case lastVerificationSuccessful = "LastVerificationSuccessful"
        case lastVerificationTypeID = "LastVerificationTypeId"
        case lastVerificationTypeName = "LastVerificationTypeName"
        case lastVerificationUserID = "LastVerificationUserId"
        case linkedAssetIDs = "LinkedAssetIds"
        case location = "Location"
        case locationDetails = "LocationDetails"
        case locationID = "LocationId"
        case locationRoom = "LocationRoom"
        case locationRoomID = "LocationRoomId"
        case meta = "Meta"
        case model = "Model"
        case modelID = "ModelId"
        case modifiedDate = "ModifiedDate"
        case name = "Name"
        case notes = "Notes"
        case openTickets = "OpenTickets"
        case owner = "Owner"
        case ownerID = "OwnerId"
        case previousOwner = "PreviousOwner"
        case previousOwnerID = "PreviousOwnerId"
        case productID = "ProductId"
        case purchasePoNumber = "PurchasePoNumber"
        case purchasePrice = "PurchasePrice"
        case purchasedDate = "PurchasedDate"
        case retiredDate = "RetiredDate"
        case serialNumber = "SerialNumber"
        case site = "Site"
        case siteID = "SiteId"
        case source = "Source"
        case sourceID = "SourceId"
        case spareGroupID = "SpareGroupId"
        case sparePoolID = "SparePoolId"
        case status = "Status"
        case statusTypeID = "StatusTypeId"
        case storageLocation = "StorageLocation"
        case storageLocationID = "StorageLocationId"
        case storageLocationName = "StorageLocationName"
        case storageSlotNumber = "StorageSlotNumber"
        case storageUnitNumber = "StorageUnitNumber"
        case totalCost = "TotalCost"
        case vendor = "Vendor"
        case warrantyExpirationDate = "WarrantyExpirationDate"
        case warrantyInfo = "WarrantyInfo"
        case unknownFields = "$unknownFields"
    }
}

extension IIQAsset: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
