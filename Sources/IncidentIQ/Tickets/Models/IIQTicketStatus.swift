import Foundation

/// A ticket status from the status catalogue. Live rows can lack ``workflowID`` and ``workflowStepID``.
public struct IIQTicketStatus: Codable, Hashable, Sendable {
    /// The display order.
    public var displayOrder: Int?
    /// Whether the status is closed.
    public var isClosed: Bool?
    /// Whether the status is readonly.
    public var isReadOnly: Bool?
    /// Whether the status is requestor input needed.
    public var isRequestorInputNeeded: Bool?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The status name.
    public var statusName: String?
    /// The step name.
    public var stepName: String?
    /// The status's key in IIQ's status catalogue (`TicketStatusTypeId`). A plain `UUID`: the
    /// status catalogue has no route the SDK calls by id, so there is no typed id to pass it to.
    public var ticketStatusTypeID: UUID?
    /// The id of the workflow.
    public var workflowID: IIQWorkflow.ID?
    /// The id of the workflow step.
    public var workflowStepID: IIQWorkflowStep.ID?

    /// Creates a status with every property unset.
    public init() {}

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case displayOrder = "DisplayOrder"
        case isClosed = "IsClosed"
        case isReadOnly = "IsReadonly"
        case isRequestorInputNeeded = "IsRequestorInputNeeded"
        case meta = "Meta"
        case statusName = "StatusName"
        case stepName = "StepName"
        case ticketStatusTypeID = "TicketStatusTypeId"
        case workflowID = "WorkflowId"
        case workflowStepID = "WorkflowStepId"
        case unknownFields = "$unknownFields"
    }
}
