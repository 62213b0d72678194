import Foundation

/// A workflow step: the status a ticket is in.
public struct IIQWorkflowStep: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a workflow step.
    public typealias ID = IIQIdentifier<IIQWorkflowStep>

    /// The workflow step's id (`WorkflowStepId`), the one key every workflow step has.
    public var id: ID
    /// What IIQ does when a ticket enters the step (`Actions`, IIQ's `WorkflowStepAction` rows),
    /// passed through untyped.
    public var actions: [IIQJSONValue]?
    /// Which approval stage the step is, for Change Management workflows (`CommandApprovalStage`).
    /// IIQ does not document the values.
    public var commandApprovalStage: Int?
    /// The id of the approval a Change Management step waits for (`CommandApprovalTypeId`). IIQ
    /// does not document its values. A plain `UUID`: the SDK does not model approval types.
    public var commandApprovalTypeID: UUID?
    /// The `CommandMore` flag IIQ sends. IIQ does not document it; the name suggests the step's
    /// command sits under a More menu.
    public var commandMore: Bool?
    /// The label of the button that moves a ticket into this step, such as `Resolve`.
    public var commandName: String?
    /// Where the step's button sorts among the buttons a ticket shows.
    public var commandSortOrder: Int?
    /// When the step was created in IIQ, in UTC; `nil` when IIQ sent none.
    public var createdDate: Date?
    /// Where the step sorts in the workflow.
    public var displayOrder: Int?
    /// Whether tickets at this step count as closed, such as Resolved or Canceled.
    public var isClosed: Bool?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// When the step was last changed in IIQ, in UTC; `nil` when IIQ sent none.
    public var modifiedDate: Date?
    /// The steps a ticket may move to from this one (`NextSteps`, IIQ's `WorkflowNextStep` rows),
    /// passed through untyped.
    public var nextSteps: [IIQJSONValue]?
    /// The id of the built-in step this one was copied from, when the site customised its workflow
    /// (`OriginalWorkflowStepId`).
    public var originalWorkflowStepID: IIQWorkflowStep.ID?
    /// The id of the site (the district's tenant) the step belongs to (`SiteId`).
    public var siteID: IIQSite.ID?
    /// The id of the status a ticket has while at this step (`StatusId`), named by ``statusName``.
    /// A plain `UUID`: IIQ does not say which catalogue it keys, so it has no typed id.
    public var statusID: UUID?
    /// The name of the status tickets have at this step, such as `In Progress`, as requesters see
    /// it.
    public var statusName: String?
    /// The step's name, as agents see it; peers read a ticket's status from it.
    public var stepName: String?
    /// The id of the workflow the step belongs to.
    public var workflowID: IIQWorkflow.ID?
    /// The name of the workflow in ``workflowID``.
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
