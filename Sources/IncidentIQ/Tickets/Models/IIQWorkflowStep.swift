import Foundation

/// A workflow step: the status a ticket is in.
public struct IIQWorkflowStep: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a workflow step.
    public typealias ID = IIQIdentifier<IIQWorkflowStep>

    /// The workflow step's id (`WorkflowStepId`), the one key every workflow step has.
    public var id: ID
    /// The actions.
    public var actions: [IIQJSONValue]?
    /// The command approval stage.
    public var commandApprovalStage: Int?
    /// The id of the approval a Change Management step waits for (`CommandApprovalTypeId`). IIQ
    /// does not document its values. A plain `UUID`: the SDK does not model approval types.
    public var commandApprovalTypeID: UUID?
    /// Whether command more is set.
    public var commandMore: Bool?
    /// The command name.
    public var commandName: String?
    /// The command sort order.
    public var commandSortOrder: Int?
    /// The created date, in UTC; `nil` when IIQ sent none.
    public var createdDate: Date?
    /// The display order.
    public var displayOrder: Int?
    /// Whether the workflow step is closed.
    public var isClosed: Bool?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The modified date, in UTC; `nil` when IIQ sent none.
    public var modifiedDate: Date?
    /// The next steps.
    public var nextSteps: [IIQJSONValue]?
    /// The id of the original workflow step.
    public var originalWorkflowStepID: IIQWorkflowStep.ID?
    /// The id of the site.
    public var siteID: IIQSite.ID?
    /// The id of the status a ticket has while at this step (`StatusId`), named by ``statusName``.
    /// A plain `UUID`: IIQ does not say which catalogue it keys, so it has no typed id.
    public var statusID: UUID?
    /// The status name.
    public var statusName: String?
    /// The step name.
    public var stepName: String?
    /// The id of the workflow.
    public var workflowID: IIQWorkflow.ID?
    /// The workflow name.
    public var workflowName: String?

    /// Creates a workflow step with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "WorkflowStepId"
        case actions = "Actions"
        case commandApprovalStage = "CommandApprovalStage"
        case commandApprovalTypeID = "CommandApprovalTypeId"
        case commandMore = "CommandMore"
        case commandName = "CommandName"
        case commandSortOrder = "CommandSortOrder"
        case createdDate = "CreatedDate"
        case displayOrder = "DisplayOrder"
        case isClosed = "IsClosed"
        case meta = "Meta"
        case modifiedDate = "ModifiedDate"
        case nextSteps = "NextSteps"
        case originalWorkflowStepID = "OriginalWorkflowStepId"
        case siteID = "SiteId"
        case statusID = "StatusId"
        case statusName = "StatusName"
        case stepName = "StepName"
        case workflowID = "WorkflowId"
        case workflowName = "WorkflowName"
        case unknownFields = "$unknownFields"
    }
}

extension IIQWorkflowStep: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
