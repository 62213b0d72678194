import Foundation

/// An asset model, such as a Chromebook model, with its manufacturer.
public struct IIQAssetModel: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a model.
    public typealias ID = IIQIdentifier<IIQAssetModel>

    /// The model's id (`ModelId`), the one key every model has.
    public var id: ID
    /// The id of the type every asset of this model has, such as Chromebook.
    public var assetTypeID: IIQAssetType.ID?
    /// The name of the type in ``assetTypeID``.
    public var assetTypeName: String?
    /// The category in ``categoryID``, with its name and icon, passed through untyped.
    public var category: IIQJSONValue?
    /// The id of the model's category (`CategoryId`), such as Chromebook. IIQ keeps model and issue
    /// categories in one catalogue, so ``IIQIssueCategoriesAPI/get(_:options:)`` reads it.
    public var categoryID: IIQIssueCategory.ID?
    /// The category's name with its parent's, such as `Devices > Chromebook`.
    public var categoryNameWithParent: String?
    /// When the model was created in IIQ, in UTC; `nil` when IIQ sent none.
    public var createdDate: Date?
    /// The `EsoIsVisible` flag IIQ sends. IIQ does not document it; the name suggests the model is
    /// shown in a self-service ordering view.
    public var esoIsVisible: Bool?
    /// The name of the icon IIQ shows for the model.
    public var icon: String?
    /// The id of the model's picture (`ImageId`), a file IIQ stores and shows in the model catalogue.
    /// A plain `UUID`: the SDK does not model IIQ's files.
    public var imageID: UUID?
    /// Whether this is a catch-all model for assets whose real model is unknown, rather than a
    /// product.
    public var isGenericModel: Bool?
    /// The manufacturer in ``manufacturerID``, when IIQ nests it.
    public var manufacturer: IIQManufacturer?
    /// The id of the model's manufacturer, such as Dell.
    public var manufacturerID: IIQManufacturer.ID?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The model's name without its manufacturer, where ``name`` may include it. IIQ does not
    /// document the difference; live tenants often send the same text in both.
    public var modelName: String?
    /// When the model was last changed in IIQ, in UTC; `nil` when IIQ sent none.
    public var modifiedDate: Date?
    /// The model's name as IIQ shows it, such as `Latitude 3190`.
    public var name: String?
    /// Where the model applies (`Scope`): built in for every district, shared, or this site's own.
    public var scope: IIQScope?
    /// The id of the site (the district's tenant) the model belongs to (`SiteId`).
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
