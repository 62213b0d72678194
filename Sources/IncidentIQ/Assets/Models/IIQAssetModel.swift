import Foundation

/// An asset model, such as a Chromebook model, with its manufacturer.
public struct IIQAssetModel: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a model.
    public typealias ID = IIQIdentifier<IIQAssetModel>

    /// The model's id (`ModelId`), the one key every model has.
    public var id: ID
    /// The id of the asset type.
    public var assetTypeID: IIQAssetType.ID?
    /// The asset type name.
    public var assetTypeName: String?
    /// The category.
    public var category: IIQJSONValue?
    /// The id of the category.
    public var categoryID: IIQIssueCategory.ID?
    /// The category name with parent.
    public var categoryNameWithParent: String?
    /// The created date, in UTC; `nil` when IIQ sent none.
    public var createdDate: Date?
    /// Whether eso is visible is set.
    public var esoIsVisible: Bool?
    /// The icon.
    public var icon: String?
    /// The id of the model's picture (`ImageId`), a file IIQ stores and shows in the model catalogue.
    /// A plain `UUID`: the SDK does not model IIQ's files.
    public var imageID: UUID?
    /// Whether the model is generic model.
    public var isGenericModel: Bool?
    /// The manufacturer.
    public var manufacturer: IIQManufacturer?
    /// The id of the manufacturer.
    public var manufacturerID: IIQManufacturer.ID?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The model name.
    public var modelName: String?
    /// The modified date, in UTC; `nil` when IIQ sent none.
    public var modifiedDate: Date?
    /// The name.
    public var name: String?
    /// The scope.
    public var scope: IIQScope?
    /// The id of the site.
    public var siteID: IIQSite.ID?

    /// Creates a model with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "ModelId"
        case assetTypeID = "AssetTypeId"
        case assetTypeName = "AssetTypeName"
        case category = "Category"
        case categoryID = "CategoryId"
        case categoryNameWithParent = "CategoryNameWithParent"
        case createdDate = "CreatedDate"
        case esoIsVisible = "EsoIsVisible"
        case icon = "Icon"
        case imageID = "ImageId"
        case isGenericModel = "IsGenericModel"
        case manufacturer = "Manufacturer"
        case manufacturerID = "ManufacturerId"
        case meta = "Meta"
        case modelName = "ModelName"
        case modifiedDate = "ModifiedDate"
        case name = "Name"
        case scope = "Scope"
        case siteID = "SiteId"
        case unknownFields = "$unknownFields"
    }
}

extension IIQAssetModel: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
