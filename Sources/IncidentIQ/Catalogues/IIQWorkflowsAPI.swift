/// Ticket workflows and their statuses: `client.workflows`.
///
/// A ticket's status is a workflow step; ``IIQTicketsAPI/setStatus(of:to:options:)`` takes its id:
///
/// ```swift
/// let resolved = try await client.workflows.lookupStatus(named: "Resolved").unique()
/// if let step = resolved.workflowStepID { try await client.tickets.setStatus(of: ticket.id, to: step) }
/// ```
public struct IIQWorkflowsAPI: Sendable {
    let client: IIQClient

    static let read = "tickets:read"

    /// Every workflow (`GET /workflows`).
    public func all(options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQWorkflow] {
        try await client.items(
            IIQWorkflow.self, IIQOperation("workflows.all", .get, ["workflows"], scope: Self.read), options: options)
    }

    /// The statuses of one workflow, each with its step id (`GET /tickets/{workflowId}/statuses`).
    public func statuses(of workflow: IIQWorkflow.ID, options: IIQRequestOptions = .default) async throws(IIQError)
        -> [IIQTicketStatus]
    {
        try await client.items(
            IIQTicketStatus.self,
            IIQOperation("workflows.statuses", .get, ["tickets", workflow.description, "statuses"], scope: Self.read),
            options: options)
    }

    /// The first workflow named `name`, ignoring case and surrounding spaces; `nil` when none is.
    public func first(named name: String, options: IIQRequestOptions = .default) async throws(IIQError) -> IIQWorkflow?
    {
        NameSearch.first(named: name, in: try await all(options: options)) { [$0.name] }
    }

    /// Every workflow named `name`, and the closest workflow names when none is. See ``IIQNameLookup``.
    public func lookup(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQNameLookup<IIQWorkflow>
    {
        NameSearch.lookup(name, entity: "workflow", operation: "workflows.lookup", in: try await all(options: options))
        {
            [$0.name]
        }
    }

    /// Every status whose status or step name is `name`, and the closest status names when none is.
    ///
    /// Reads one workflow's statuses when `workflow` is given, otherwise the site's status
    /// catalogue (``IIQTicketsAPI/statuses(options:)``).
    public func lookupStatus(
        named name: String, in workflow: IIQWorkflow.ID? = nil, options: IIQRequestOptions = .default
    ) async throws(IIQError) -> IIQNameLookup<IIQTicketStatus> {
        let statuses: [IIQTicketStatus]
        if let workflow {
            statuses = try await self.statuses(of: workflow, options: options)
        } else {
            statuses = try await client.tickets.statuses(options: options)
        }
        return NameSearch.lookup(name, entity: "status", operation: "workflows.lookupStatus", in: statuses) {
            [$0.statusName, $0.stepName]
        }
    }
}
