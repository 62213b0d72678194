import Foundation

/// Tickets: `client.tickets`.
///
/// ```swift
/// for try await ticket in client.tickets.search(.open, filters: [.location(school)]) { … }
/// let ticket = try await client.tickets.create(IIQNewTicket(requestor: student, location: school,
///                                                           issue: brokenScreen, subject: "Cracked screen"))
/// try await client.tickets.addComment("Replacement ordered.", to: ticket.id, isPublic: true)
/// ```
public struct IIQTicketsAPI: Sendable {
    let client: IIQClient

    static let read = "tickets:read"
    static let write = "tickets:write"

    // MARK: Searching

    /// Every ticket the query matches, page by page (`POST /tickets` with a `GetTicketsRequest`).
    public func search(_ query: IIQTicketQuery = IIQTicketQuery(), options: IIQRequestOptions = .default)
        -> IIQPagedSequence<IIQTicket>
    {
        client.paged(
            IIQOperation("tickets.search", .post, ["tickets"], scope: Self.read), body: query.body,
            pageSize: query.pageSize, sort: query.sort, maximumPages: query.maximumPages, options: options)
    }

    /// Every ticket in `schema` that the filters match, page by page.
    public func search(
        _ schema: IIQTicketSchema, filters: [IIQFilter] = [], sort: IIQSort? = nil,
        options: IIQRequestOptions = .default
    ) -> IIQPagedSequence<IIQTicket> {
        search(IIQTicketQuery(schema, filters: filters, sort: sort), options: options)
    }

    // MARK: Reading

    /// The ticket with `id` (`GET /tickets/{id}`).
    public func get(_ id: IIQTicket.ID, options: IIQRequestOptions = .default) async throws(IIQError) -> IIQTicket {
        try await client.record(
            IIQTicket.self, id: id.uuid,
            IIQOperation("tickets.get", .get, ["tickets", id.description], scope: Self.read),
            options: options)
    }

    /// The ticket status catalogue (`GET /tickets/statuses`).
    public func statuses(options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQTicketStatus] {
        try await client.items(
            IIQTicketStatus.self, IIQOperation("tickets.statuses", .get, ["tickets", "statuses"], scope: Self.read),
            options: options)
    }

    /// The history of a ticket: comments, actions, emails (`GET /tickets/{id}/activities`).
    public func activities(of id: IIQTicket.ID, options: IIQRequestOptions = .default) async throws(IIQError)
        -> [IIQTicketActivity]
    {
        try await client.items(
            IIQTicketActivity.self,
            IIQOperation("tickets.activities", .get, ["tickets", id.description, "activities"], scope: Self.read),
            options: options)
    }

    /// The assets linked to a ticket (`GET /tickets/{id}/assets`).
    public func assets(of id: IIQTicket.ID, options: IIQRequestOptions = .default) async throws(IIQError)
        -> [IIQTicketAsset]
    {
        try await client.items(
            IIQTicketAsset.self,
            IIQOperation("tickets.assets", .get, ["tickets", id.description, "assets"], scope: Self.read),
            options: options)
    }

    // MARK: Writing

    /// Opens a ticket (`POST /tickets/new`) and returns it as IIQ created it.
    ///
    /// IIQ runs its rules (assignment, status, SLA) after the create, asynchronously: to see what
    /// they changed, read the ticket again with ``get(_:options:)`` a moment later. When IIQ answers
    /// with the new ticket's `Uid` but no `Item`, the SDK reads the ticket back itself.
    ///
    /// - Throws: ``IIQError/Code/invalidArgument`` before sending when the requestor, location, issue
    ///   or subject is missing.
    public func create(_ ticket: IIQNewTicket, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQTicket
    {
        let operation = try IIQOperation("tickets.create", .post, ["tickets", "new"], scope: Self.write)
            .with(body: ticket.validated("tickets.create"))
        return try await client.item(IIQTicket.self, operation, options: options) { uid async throws(IIQError) in
            try await get(IIQTicket.ID(uid), options: options)
        }
    }

    /// Changes a ticket (`POST /tickets/{id}`); only the properties set in `update` are sent.
    public func update(_ id: IIQTicket.ID, with update: IIQTicketUpdate, options: IIQRequestOptions = .default)
        async throws(IIQError) -> IIQTicket
    {
        let operation = try IIQOperation("tickets.update", .post, ["tickets", id.description], scope: Self.write)
            .with(body: IdentifiedBody(idKey: "TicketId", id: id, update: update))
        return try await client.item(IIQTicket.self, operation, options: options)
    }

    /// Adds a comment (`POST /tickets/{id}/activities/new`). Private unless `isPublic`.
    public func addComment(
        _ text: String, to id: IIQTicket.ID, isPublic: Bool = false, options: IIQRequestOptions = .default
    ) async throws(IIQError) {
        let comment = try ArgumentCheck(operation: "tickets.addComment").requireText(text, "comment")
        let body = NewActivityBody(
            ticketID: id, isPublic: isPublic, activityItems: [.comment(comment, isPublic: isPublic)])
        let operation = try IIQOperation(
            "tickets.addComment", .post, ["tickets", id.description, "activities", "new"], scope: Self.write
        ).with(body: body)
        try await client.action(operation, options: options)
    }

    /// Closes a ticket (`POST /tickets/{id}/close`), with a close reason if given.
    public func close(_ id: IIQTicket.ID, reason: UUID? = nil, options: IIQRequestOptions = .default)
        async throws(IIQError)
    {
        let operation = try IIQOperation(
            "tickets.close", .post, ["tickets", id.description, "close"], scope: Self.write
        )
        .with(body: CloseBody(closeReasonTypeID: reason))
        try await client.action(operation, options: options)
    }

    /// Cancels a ticket (`POST /tickets/{id}/cancel`).
    public func cancel(_ id: IIQTicket.ID, options: IIQRequestOptions = .default) async throws(IIQError) {
        let operation = try IIQOperation(
            "tickets.cancel", .post, ["tickets", id.description, "cancel"], scope: Self.write
        )
        .with(body: CloseBody(closeReasonTypeID: nil))
        try await client.action(operation, options: options)
    }

    /// Assigns a ticket to an agent, a team, or an agent on a team (`POST /tickets/{id}/assign`).
    public func assign(_ id: IIQTicket.ID, to assignee: IIQAssignee, options: IIQRequestOptions = .default)
        async throws(IIQError)
    {
        let body = AssignBody(ticketID: id, assignToUserID: assignee.agent, assignToTeamID: assignee.team)
        let operation = try IIQOperation(
            "tickets.assign", .post, ["tickets", id.description, "assign"], scope: Self.write
        )
        .with(body: body)
        try await client.action(operation, options: options)
    }

    /// Removes the agent from a ticket (`POST /tickets/{id}/unassign/user`).
    public func unassignAgent(from id: IIQTicket.ID, options: IIQRequestOptions = .default) async throws(IIQError) {
        try await client.action(
            IIQOperation(
                "tickets.unassignAgent", .post, ["tickets", id.description, "unassign", "user"], scope: Self.write),
            options: options)
    }

    /// Removes the team from a ticket (`POST /tickets/{id}/unassign/team`).
    public func unassignTeam(from id: IIQTicket.ID, options: IIQRequestOptions = .default) async throws(IIQError) {
        try await client.action(
            IIQOperation(
                "tickets.unassignTeam", .post, ["tickets", id.description, "unassign", "team"], scope: Self.write),
            options: options)
    }

    /// Moves a ticket to a workflow step, its status (`POST /tickets/{id}/status/{stepId}`).
    public func setStatus(of id: IIQTicket.ID, to step: IIQWorkflowStep.ID, options: IIQRequestOptions = .default)
        async throws(IIQError)
    {
        try await client.action(
            IIQOperation(
                "tickets.setStatus", .post, ["tickets", id.description, "status", step.description], scope: Self.write),
            options: options)
    }

    /// Deletes a ticket (`DELETE /tickets/{id}`); ``undelete(_:options:)`` restores it.
    public func delete(_ id: IIQTicket.ID, options: IIQRequestOptions = .default) async throws(IIQError) {
        try await client.action(
            IIQOperation("tickets.delete", .delete, ["tickets", id.description], scope: Self.write), options: options)
    }

    /// Restores a deleted ticket (`PUT /tickets/{id}/undelete`).
    public func undelete(_ id: IIQTicket.ID, options: IIQRequestOptions = .default) async throws(IIQError) {
        try await client.action(
            IIQOperation("tickets.undelete", .put, ["tickets", id.description, "undelete"], scope: Self.write),
            options: options)
    }
}
