import Foundation

/// Tickets, their history and the status catalogue as IIQ sends them.
extension SandboxStore {
    /// A `Ticket`.
    func json(ticket: TicketRecord) -> SandboxJSON {
        let step = workflowSteps[ticket.stepID]
        let issue = issues[ticket.issueID]
        let location = locations[ticket.locationID]
        let closed = isClosed(ticket)
        return .object([
            ("TicketId", .id(ticket.id)), ("TicketNumber", .string(String(ticket.number))),
            ("Subject", .string(ticket.subject)), ("IssueDescription", .string(ticket.details)),
            ("SiteId", .id(siteID)), ("ProductId", .id(Self.ticketingProductID)),
            ("CreatedDate", .date(ticket.created)), ("ModifiedDate", .date(ticket.modified)),
            ("StartedDate", .date(ticket.created)), ("ClosedDate", .date(closed ? ticket.closed : nil)),
            ("DueDate", .date(ticket.due)), ("IsClosed", .bool(closed)), ("IsDeleted", .bool(ticket.isDeleted)),
            ("IsPastDue", .bool(false)), ("IsUrgent", .bool(ticket.isUrgent)), ("IsTraining", .bool(false)),
            ("IsIssueConfirmed", .bool(true)), ("HasSensitiveInformation", .bool(ticket.hasSensitiveInformation)),
            ("Priority", .int(ticket.priority)), ("SourceId", .int(1)), ("OwnerId", .id(ticket.ownerID)),
            ("Owner", json(ticketUser: ticket.ownerID, relationship: "Owner")), ("ForId", .id(ticket.requestorID)),
            ("For", json(ticketUser: ticket.requestorID, relationship: "For")),
            ("AssignedToUserId", .id(ticket.agentID)),
            ("AssignedToUser", json(ticketUser: ticket.agentID, relationship: "AssignedTo")),
            ("AssignedToTeamId", .id(ticket.teamID)), ("AssignedToTeam", json(team: teams[ticket.teamID])),
            ("LocationId", .id(ticket.locationID)), ("Location", location.map(json(locationSummary:)) ?? .null),
            ("LocationRoomId", .id(ticket.roomID)), ("LocationRoom", json(room: rooms[ticket.roomID])),
            ("IssueId", .id(ticket.issueID)),
            (
                "Issue",
                issue.map {
                    .object([
                        ("IssueId", .id($0.id)), ("Name", .string($0.name)),
                        ("IssueCategoryName", .string($0.categoryName)),
                    ])
                } ?? .null
            ),
            ("WorkflowStepId", .id(ticket.stepID)),
            (
                "WorkflowStep",
                step.map {
                    .object([
                        ("WorkflowStepId", .id($0.id)), ("StepName", .string($0.name)),
                        ("StatusName", .string($0.name)),
                        ("IsClosed", .bool($0.isClosed)),
                    ])
                } ?? .null
            ),
            ("TicketStatusName", .text(ticket.isCanceled ? "Canceled" : step?.name)),
            ("Assets", .array(ticket.assetIDs.compactMap { json(ticketAsset: $0, of: ticket) })),
            ("CustomFieldValues", customFields(ticket.customFields, owner: ("TicketId", ticket.id))),
            ("Tags", .array([])), ("TicketFollowerUserIds", .array([])),
        ])
    }

    /// A `TicketAsset`.
    func json(ticketAsset id: UUID, of ticket: TicketRecord) -> SandboxJSON? {
        guard let asset = assets[id] else { return nil }
        let model = models[asset.modelID]
        return .object([
            ("TicketAssetId", .id(asset.id)), ("AssetId", .id(asset.id)), ("AssetTag", .string(asset.tag)),
            ("SerialNumber", .string(asset.serial)), ("ModelId", .id(asset.modelID)), ("ModelName", .text(model?.name)),
            ("AssetTypeId", .id(model?.assetTypeID)), ("CreatedDate", .date(ticket.created)),
        ])
    }

    /// A `TicketActivity` with its one item.
    func json(activity: ActivityRecord, of ticket: TicketRecord, at index: Int) -> SandboxJSON {
        var item: [(String, SandboxJSON)] = [
            ("TicketActivityId", .id(activity.id)), ("TicketActivityTypeId", .int(activity.typeID)),
            ("IsPublic", .bool(activity.isPublic)), ("CreatedDate", .date(activity.created)),
            ("ModifiedDate", .date(activity.created)),
        ]
        if let comments = activity.comments { item.append(("Comments", .string(comments))) }
        return .object([
            ("TicketActivityId", .id(activity.id)), ("TicketId", .id(ticket.id)),
            ("TicketSubject", .string(ticket.subject)), ("OwnerId", .id(activity.ownerID)),
            ("Owner", json(ticketUser: activity.ownerID, relationship: "Owner")),
            ("IsPublic", .bool(activity.isPublic)),
            ("CreatedDate", .date(activity.created)), ("ModifiedDate", .date(activity.created)),
            ("SortOrder", .int(index)), ("ActivityItems", .array([.object(item)])),
        ])
    }

    /// A `TicketStatus` row.
    func json(step: WorkflowStepRecord) -> SandboxJSON {
        .object([
            ("TicketStatusTypeId", .id(step.id)), ("StatusName", .string(step.name)), ("StepName", .string(step.name)),
            ("WorkflowId", .id(siteID)), ("WorkflowStepId", .id(step.id)), ("DisplayOrder", .int(step.order)),
            ("IsClosed", .bool(step.isClosed)), ("IsReadonly", .bool(false)),
            ("IsRequestorInputNeeded", .bool(step.name == "Waiting on Requestor")),
        ])
    }
}
