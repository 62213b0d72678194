import Foundation

/// An issue category: the top level of IIQ's issue catalogue, such as Chromebook or Network.
///
/// An ``IIQIssue`` names its category in ``IIQIssue/issueCategoryID``; filter tickets by one with
/// `.issueCategory(category.id)`.
public struct IIQIssueCategory: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of an issue category.
    public typealias ID = IIQIdentifier<IIQIssueCategory>

    /// The category's id (`CategoryId`), the one key every category has.
    public var id: ID
    /// The app the category comes from, for an app's own category.
    public var appID: String?
    /// The id of the kind of category (`CategoryTypeId`): IIQ keeps issue, asset and model
    /// categories in one catalogue and tells them apart by this id, named by ``categoryTypeName``.
    /// A plain `UUID`: the SDK does not model category types.
    public var categoryTypeID: UUID?
    /// The name of the kind of category.
    public var categoryTypeName: String?
    /// What the category covers, as the site describes it.
    public var description: String?
    /// The icon's name.
    public var icon: String?
    /// The id of the category's picture (`ImageId`), a file IIQ stores. A plain `UUID`: the SDK
    /// does not model IIQ's files.
    public var imageID: UUID?
    /// How deep the category sits: 1 for a top-level category.
    public var level: Int?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The category's name, such as `Chromebook`.
    public var name: String?
    /// The name with its parent's, such as `Devices > Chromebook`.
    public var nameWithParent: String?
    /// The id of the parent category, for a nested one.
    public var parentCategoryID: ID?
    /// The parent category's name.
    public var parentCategoryName: String?
    /// Where the category applies: built in, global, or this site's own.
    public var scope: IIQScope?
    /// The id of the site, for a site's own category.
    public var siteID: IIQSite.ID?
    /// Where the category sorts among its siblings.
    public var sortOrder: Int?

    /// Creates a category with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "CategoryId"
        case appID = "AppId"
        case categoryTypeID = "CategoryTypeId"
        case categoryTypeName = "CategoryTypeName"
        case description = "Description"
        case icon = "Icon"
        case imageID = "ImageId"
        case level = "Level"
        case meta = "Meta"
        case name = "Name"
        case nameWithParent = "NameWithParent"
        case parentCategoryID = "ParentCategoryId"
        case parentCategoryName = "ParentCategoryName"
        case scope = "Scope"
        case siteID = "SiteId"
        case sortOrder = "SortOrder"
        case unknownFields = "$unknownFields"
    }
}

extension IIQIssueCategory: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
