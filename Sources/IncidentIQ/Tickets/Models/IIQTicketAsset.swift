import Foundation

/// An asset linked to a ticket.
public struct IIQTicketAsset: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a ticket asset.
    public typealias ID = IIQIdentifier<IIQTicketAsset>

    /// The ticket asset's id (`TicketAssetId`), the one key every ticket asset has.
    public var id: ID
    /// The id of the asset the ticket is about; ``IIQAssetsAPI/get(_:options:)`` reads the whole
    /// asset.
    public var assetID: IIQAsset.ID?
    /// The asset's tag, the label stuck on the device.
    public var assetTag: String?
    /// The id of the asset's type, such as Chromebook.
    public var assetTypeID: IIQAssetType.ID?
    /// The id of the category of the asset's model (`CategoryId`); model and issue categories share
    /// one catalogue.
    public var categoryID: IIQIssueCategory.ID?
    /// When the asset was added to the ticket, in UTC; `nil` when IIQ sent none.
    public var createdDate: Date?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The id of the asset's model.
    public var modelID: IIQAssetModel.ID?
    /// The name of the asset's model.
    public var modelName: String?
    /// The asset's serial number, from its manufacturer.
    public var serialNumber: String?

    /// Creates a ticket asset with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "TicketAssetId"
        case assetID = "AssetId"
        case assetTag = "AssetTag"
        case assetTypeID = "AssetTypeId"
        case categoryID = "CategoryId"
        case createdDate = "CreatedDate"
        case meta = "Meta"
        case modelID = "ModelId"
        case modelName = "ModelName"
        case serialNumber = "SerialNumber"
        case unknownFields = "$unknownFields"
    }
}

extension IIQTicketAsset: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
