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
    /// The audit policies that cover the asset (`AssetAuditPolicies`), passed through untyped: IIQ
    /// does not document their shape.
    public var assetAuditPolicies: [IIQJSONValue]?
    /// The id of the audit policy that covers the asset (`AssetAuditPolicyId`): the rule that says
    /// when the asset must next be verified. A plain `UUID`: the SDK does not model audit policies.
    public var assetAuditPolicyID: UUID?
    /// The name of the audit policy in ``assetAuditPolicyID``.
    public var assetAuditPolicyName: String?
    /// The id of the audit policy's schedule the asset falls in (`AssetAuditPolicyScheduleId`).
    /// A plain `UUID`: the SDK does not model audit policies.
    public var assetAuditPolicyScheduleID: UUID?
    /// The name of the audit schedule in ``assetAuditPolicyScheduleID``.
    public var assetAuditPolicyScheduleName: String?
    /// The audit schedules that apply to the asset (`AssetAuditPolicySchedules`), passed through
    /// untyped: IIQ does not document their shape.
    public var assetAuditPolicySchedules: [IIQJSONValue]?
    /// The asset's audit status as IIQ shows it, such as whether it was verified in the current
    /// audit.
    public var assetAuditPolicyStatusName: String?
    /// Where the asset's audit status sorts in IIQ's lists of audit statuses.
    public var assetAuditPolicyStatusSortOrder: Int?
    /// The id of the asset's audit status (`AssetAuditPolicyStatusTypeId`), named by
    /// ``assetAuditPolicyStatusName``. A plain `UUID`: the SDK does not model audit statuses.
    public var assetAuditPolicyStatusTypeID: UUID?
    /// The id of the asset's inventory type (`AssetInventoryTypeId`), named by ``assetInventoryTypeName``.
    /// Not in the spec; live tenants send it. A plain `UUID`: the SDK does not model inventory types.
    public var assetInventoryTypeID: UUID?
    /// The name of the inventory type in ``assetInventoryTypeID``. Not in the spec; live tenants
    /// send it.
    public var assetInventoryTypeName: String?
    /// The asset tag, the label on the device.
    public var assetTag: String?
    /// The id of the asset's type (`AssetTypeId`), such as Chromebook or Projector; the type comes
    /// from the model.
    public var assetTypeID: IIQAssetType.ID?
    /// The name of the asset's type, as the site calls it.
    public var assetTypeName: String?
    /// Whether the asset's owner may manage it from the requester portal (`CanOwnerManage`). IIQ
    /// does not document what managing allows.
    public var canOwnerManage: Bool?
    /// Whether tickets can be submitted about the asset (`CanSubmitTicket`), as IIQ decides from
    /// its status and the token's rights.
    public var canSubmitTicket: Bool?
    /// The id of the category of the asset's model (`CategoryId`), such as Chromebook. Not in the
    /// spec; live tenants send it. IIQ keeps model and issue categories in one catalogue, so
    /// ``IIQIssueCategoriesAPI/get(_:options:)`` reads it.
    public var categoryID: IIQIssueCategory.ID?
    /// When the asset was created, in UTC.
    public var createdDate: Date?
    /// The asset's custom field values, one per field that has one; ``customFields(using:)`` pairs
    /// them with their fields.
    public var customFieldValues: [IIQCustomFieldValue]?
    /// How the asset's fields map to an external system that syncs it (`DataMappings`), passed
    /// through untyped: IIQ does not document the shape.
    public var dataMappings: IIQJSONValue?
    /// When the asset was put into service, in UTC; `nil` when unset. The spec types it as a date
    /// object and peers as text, and no live value has been seen, so both are read.
    public var deployedDate: Date?
    /// The asset's id in the system that syncs it to IIQ, such as a Google device id
    /// (`ExternalId`); `nil` for an asset made in IIQ.
    public var externalID: String?
    /// The funding source in ``fundingSourceID``, passed through untyped: IIQ does not document its
    /// shape.
    public var fundingSource: IIQJSONValue?
    /// The id of the funding source the asset was bought with (`FundingSourceId`), detailed in
    /// ``fundingSource``. A plain `UUID`: the SDK does not model funding sources.
    public var fundingSourceID: UUID?
    /// Whether any ticket about the asset is open; ``openTickets`` counts them.
    public var hasOpenTickets: Bool?
    /// The id of the asset's picture (`ImageId`), a file IIQ stores; not in the spec, live tenants
    /// send it. A plain `UUID`: the SDK does not model IIQ's files.
    public var imageID: UUID?
    /// When the asset's insurance ends, in UTC; `nil` when unset. Read from a date object or text,
    /// as ``deployedDate`` is.
    public var insuranceExpirationDate: Date?
    /// Free text about the asset's insurance, as staff typed it.
    public var insuranceInfo: String?
    /// The number of the invoice the asset was bought on, as staff typed it.
    public var invoiceNumber: String?
    /// Whether the asset was deleted. Searches leave deleted assets out unless asked for them.
    public var isDeleted: Bool?
    /// Whether a sync from another system (such as Google Admin) owns the asset's fields, so edits
    /// in IIQ may be overwritten.
    public var isExternallyManaged: Bool?
    /// Whether the token's user marked the asset as a favourite; it depends on who asks.
    public var isFavorite: Bool?
    /// Whether the token's user may not change the asset, as IIQ decides from the user's rights.
    public var isReadOnly: Bool?
    /// Whether the asset is training data, hidden from reports.
    public var isTraining: Bool?
    /// When the asset was last counted in an inventory, in UTC; `nil` when it never was.
    public var lastInventoryDate: Date?
    /// What the person who last verified the asset wrote about it.
    public var lastVerificationComments: String?
    /// When the asset was last verified (scanned or checked in an audit), in UTC; `nil` when it
    /// never was.
    public var lastVerificationDateTime: Date?
    /// The id of the location where the asset was last verified.
    public var lastVerificationLocationID: IIQLocation.ID?
    /// The name of the location in ``lastVerificationLocationID``.
    public var lastVerificationLocationName: String?
    /// The id of the room where the asset was last verified.
    public var lastVerificationLocationRoomID: IIQRoom.ID?
    /// Whether the last verification found the asset as expected (`LastVerificationSuccessful`);
    /// `nil` when it was never verified.
    public var lastVerificationSuccessful: Bool?
    /// The kind of the last verification.
    public var lastVerificationTypeID: String?
    /// How the asset was last verified, as IIQ names it (`LastVerificationTypeName`). IIQ does not
    /// document the names.
    public var lastVerificationTypeName: String?
    /// The id of the user who last verified the asset.
    public var lastVerificationUserID: IIQUser.ID?
    /// The ids of assets linked to this one.
    public var linkedAssetIDs: [IIQAsset.ID]?
    /// The location in ``locationID``, with its name and address, when IIQ nests it.
    public var location: IIQLocation?
    /// Free text about where in the location the asset is, as staff typed it.
    public var locationDetails: String?
    /// The id of the location (school or building) the asset is at.
    public var locationID: IIQLocation.ID?
    /// The room in ``locationRoomID``, when IIQ nests it.
    public var locationRoom: IIQRoom?
    /// The id of the room the asset is in, within ``locationID``.
    public var locationRoomID: IIQRoom.ID?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The model, with its manufacturer and category.
    public var model: IIQAssetModel?
    /// The id of the asset's model, such as Dell Latitude 3190; the model gives its type and
    /// manufacturer.
    public var modelID: IIQAssetModel.ID?
    /// When the asset was last changed, in UTC.
    public var modifiedDate: Date?
    /// The asset's name, when staff gave it one; most assets are known by ``assetTag``.
    public var name: String?
    /// Free-text notes staff keep on the asset.
    public var notes: String?
    /// How many open tickets the asset has.
    public var openTickets: Int?
    /// The user the asset is assigned to.
    public var owner: IIQSimpleUser?
    /// The id of the user the asset is assigned to.
    public var ownerID: IIQUser.ID?
    /// The user in ``previousOwnerID``, when IIQ nests them.
    public var previousOwner: IIQSimpleUser?
    /// The id of the user who owned the asset before ``ownerID``. Not in the spec; live tenants
    /// send it.
    public var previousOwnerID: IIQUser.ID?
    /// The id of the product (module) the asset belongs to (`ProductId`), such as Ticketing's;
    /// ``IIQProduct/init(id:)`` turns it into the product to scope calls with.
    public var productID: IIQProduct.ID?
    /// The purchase order number the asset was bought on (`PurchasePoNumber`).
    public var purchasePoNumber: String?
    /// What the asset cost, in the district's currency; IIQ does not say which.
    public var purchasePrice: Double?
    /// When the asset was bought, in UTC; `nil` when unset. Read from a date object or text, as
    /// ``deployedDate`` is.
    public var purchasedDate: Date?
    /// When the asset was retired from service, in UTC; `nil` while it is in service. Read from a
    /// date object or text, as ``deployedDate`` is.
    public var retiredDate: Date?
    /// The manufacturer's serial number.
    public var serialNumber: String?
    /// The site in ``siteID``, passed through untyped; ``IIQClient/me(options:)`` reads the site as
    /// a model.
    public var site: IIQJSONValue?
    /// The id of the site (the district's tenant) the asset belongs to (`SiteId`).
    public var siteID: IIQSite.ID?
    /// Where the asset came from, as an object (`Source`), passed through untyped: IIQ does not
    /// document its shape.
    public var source: IIQJSONValue?
    /// A number for where the asset came from (`SourceId`), such as an import or a sync. IIQ does
    /// not document the values.
    public var sourceID: Int?
    /// The id of the spare group the asset belongs to (`SpareGroupId`), for a spare or loaner
    /// device. A plain `UUID`: the SDK does not model spare groups.
    public var spareGroupID: UUID?
    /// The id of the spare pool the asset belongs to (`SparePoolId`), for a spare or loaner
    /// device. A plain `UUID`: the SDK does not model spare pools.
    public var sparePoolID: UUID?
    /// The asset status, such as Available or In Repair.
    public var status: IIQAssetStatus?
    /// The id of the asset's status, such as In Service or Retired (`StatusTypeId`).
    public var statusTypeID: IIQAssetStatus.ID?
    /// The location in ``storageLocationID``, when IIQ nests it.
    public var storageLocation: IIQLocation?
    /// The id of the location where the asset is stored while not deployed.
    public var storageLocationID: IIQLocation.ID?
    /// The name of the location in ``storageLocationID``.
    public var storageLocationName: String?
    /// The slot the asset occupies in its storage unit, such as a cart bay.
    public var storageSlotNumber: Int?
    /// The storage unit (such as a charging cart) the asset is kept in, as staff numbered it.
    public var storageUnitNumber: String?
    /// The total cost block IIQ sends on live tenants; passed through untyped.
    public var totalCost: IIQJSONValue?
    /// Who the asset was bought from, as staff typed it.
    public var vendor: String?
    /// When the asset's warranty ends, in UTC; `nil` when unset. Read from a date object or text,
    /// as ``deployedDate`` is.
    public var warrantyExpirationDate: Date?
    /// Free text about the asset's warranty, as staff typed it.
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
