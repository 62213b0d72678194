import Foundation

/// A ticket status from the status catalogue. Live rows can lack ``workflowID`` and ``workflowStepID``.
public struct IIQTicketStatus: Codable, Hashable, Sendable {
    /// Where the status sorts in IIQ's lists of statuses.
    public var displayOrder: Int?
    /// Whether tickets in this status count as closed.
    public var isClosed: Bool?
    /// Whether tickets in this status are locked against edits (`IsReadonly`).
    public var isReadOnly: Bool?
    /// Whether tickets in this status wait on the requester, such as Waiting on Requestor.
    public var isRequestorInputNeeded: Bool?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The status's name, such as `In Progress`, as requesters see it.
    public var statusName: String?
    /// The name of the workflow step in ``workflowStepID``, as agents see it.
    public var stepName: String?
    /// The status's key in IIQ's status catalogue (`TicketStatusTypeId`). A plain `UUID`: the
    /// status catalogue has no route the SDK calls by id, so there is no typed id to pass it to.
    public var ticketStatusTypeID: UUID?
    /// The id of the workflow the status belongs to; live rows sometimes leave it out.
    public var workflowID: IIQWorkflow.ID?
    /// The id of the workflow step that puts tickets in this status; live rows sometimes leave it
    /// out.
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
