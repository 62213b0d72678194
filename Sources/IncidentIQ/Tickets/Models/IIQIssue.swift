import Foundation

/// An issue type a ticket is about, such as Broken Screen.
public struct IIQIssue: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of an issue.
    public typealias ID = IIQIdentifier<IIQIssue>

    /// The issue's id (`IssueId`), the one key every issue has.
    public var id: ID
    /// Whether enabled by default is set.
    public var enabledByDefault: Bool?
    /// The issue category icon.
    public var issueCategoryIcon: String?
    /// The id of the issue category.
    public var issueCategoryID: IIQIssueCategory.ID?
    /// The issue category name.
    public var issueCategoryName: String?
    /// The issue category scope.
    public var issueCategoryScope: IIQScope?
    /// The issue category sort order.
    public var issueCategorySortOrder: Int?
    /// The id of the issue type.
    public var issueTypeID: IIQIssueType.ID?
    /// The issue type scope.
    public var issueTypeScope: IIQScope?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The id of the model category.
    public var modelCategoryID: IIQIssueCategory.ID?
    /// The model category name.
    public var modelCategoryName: String?
    /// The models.
    public var models: [IIQJSONValue]?
    /// The name.
    public var name: String?
    /// The id of the product.
    public var productID: IIQProduct.ID?
    /// The scope.
    public var scope: IIQScope?
    /// The id of the site.
    public var siteID: IIQSite.ID?
    /// The sort order.
    public var sortOrder: Int?
    /// The id of the workflow.
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
