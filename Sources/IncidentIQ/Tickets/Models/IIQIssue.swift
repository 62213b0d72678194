import Foundation

/// An issue type a ticket is about, such as Broken Screen.
public struct IIQIssue: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of an issue.
    public typealias ID = IIQIdentifier<IIQIssue>

    /// The issue's id (`IssueId`), the one key every issue has.
    public var id: ID
    /// Whether the issue is offered to new sites without being switched on (`EnabledByDefault`).
    public var enabledByDefault: Bool?
    /// The name of the icon of the issue's category.
    public var issueCategoryIcon: String?
    /// The id of the category the issue is filed under, such as Chromebook: the top of the issue
    /// tree.
    public var issueCategoryID: IIQIssueCategory.ID?
    /// The name of the category in ``issueCategoryID``.
    public var issueCategoryName: String?
    /// Where the issue's category applies: built in, shared, or this site's own.
    public var issueCategoryScope: IIQScope?
    /// Where the issue's category sorts among categories.
    public var issueCategorySortOrder: Int?
    /// The id of the issue's type, such as Hardware: the middle of the issue tree.
    public var issueTypeID: IIQIssueType.ID?
    /// Where the issue's type applies: built in, shared, or this site's own.
    public var issueTypeScope: IIQScope?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The id of the category of device models the issue is about (`ModelCategoryId`), when it is
    /// about devices; model and issue categories share one catalogue.
    public var modelCategoryID: IIQIssueCategory.ID?
    /// The name of the category in ``modelCategoryID``.
    public var modelCategoryName: String?
    /// The device models the issue applies to (`Models`, IIQ's `ModelIssue` rows), passed through
    /// untyped.
    public var models: [IIQJSONValue]?
    /// The issue's name, such as `Broken Screen`.
    public var name: String?
    /// The id of the product (module) the issue belongs to (`ProductId`), such as Ticketing's;
    /// ``IIQProduct/init(id:)`` turns it into the product to scope calls with.
    public var productID: IIQProduct.ID?
    /// Where the issue applies (`Scope`): built in for every district, shared, or this site's own.
    public var scope: IIQScope?
    /// The id of the site (the district's tenant) the issue belongs to (`SiteId`).
    public var siteID: IIQSite.ID?
    /// Where the issue sorts among its type's issues.
    public var sortOrder: Int?
    /// The id of the workflow tickets about this issue follow, when the issue sets one.
    public var workflowID: IIQWorkflow.ID?

    /// Creates an issue with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "IssueId"
        case enabledByDefault = "EnabledByDefault"
        case issueCategoryIcon = "IssueCategoryIcon"
        case issueCategoryID = "IssueCategoryId"
        case issueCategoryName = "IssueCategoryName"
        case issueCategoryScope = "IssueCategoryScope"
        case issueCategorySortOrder = "IssueCategorySortOrder"
        case issueTypeID = "IssueTypeId"
        case issueTypeScope = "IssueTypeScope"
        case meta = "Meta"
        case modelCategoryID = "ModelCategoryId"
        case modelCategoryName = "ModelCategoryName"
        case models = "Models"
        case name = "Name"
        case productID = "ProductId"
        case scope = "Scope"
        case siteID = "SiteId"
        case sortOrder = "SortOrder"
        case workflowID = "WorkflowId"
        case unknownFields = "$unknownFields"
    }
}

extension IIQIssue: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
