import Foundation

/// A ticket workflow: the steps a ticket moves through, which IIQ shows as its statuses.
///
/// List a workflow's statuses with ``IIQWorkflowsAPI/statuses(of:options:)``.
public struct IIQWorkflow: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a workflow.
    public typealias ID = IIQIdentifier<IIQWorkflow>

    /// The workflow's id (`WorkflowId`), the one key every workflow has.
    public var id: ID
    /// What the workflow is for, as the site describes it.
    public var description: String?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The workflow's name, such as `IT Help Desk`.
    public var name: String?
    /// The id of the product the workflow belongs to.
    public var productID: IIQProduct.ID?
    /// Where the workflow applies.
    public var scope: IIQScope?
    /// The id of the site (the district's tenant) the workflow belongs to (`SiteId`).
    public var siteID: IIQSite.ID?
    /// The workflow's steps, when IIQ nests them.
    public var steps: [IIQWorkflowStep]?

    /// Creates a workflow with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "WorkflowId"
        case description = "Description"
        case meta = "Meta"
        case name = "Name"
        case productID = "ProductId"
        case scope = "Scope"
        case siteID = "SiteId"
        case steps = "Steps"
        case unknownFields = "$unknownFields"
    }
}

extension IIQWorkflow: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
