import Foundation

/// `/tickets`: search, read, create, update, comment, assign, status, close, cancel, delete.
enum TicketRoutes {
    static let read = "tickets:read"
    static let write = "tickets:write"

    static let routes: [SandboxRoute] = [
        SandboxRoute(.post, "tickets", scope: read, search),
        SandboxRoute(.get, "tickets/statuses", scope: read) { store, _ in
            .list(store.workflowSteps.rows.map(store.json(step:)))
        },
        SandboxRoute(.post, "tickets/new", scope: write, create),
        SandboxRoute(.get, "tickets/{}", scope: read) { store, context in
            .item(store.json(ticket: try ticket(store, context)))
        },
        SandboxRoute(.post, "tickets/{}", scope: write, update),
        SandboxRoute(.delete, "tickets/{}", scope: write) { store, context in
            try change(&store, context) { ticket, _ in ticket.isDeleted = true }
        },
        SandboxRoute(.put, "tickets/{}/undelete", scope: write) { store, context in
            try change(&store, context) { ticket, _ in ticket.isDeleted = false }
        },
        SandboxRoute(.get, "tickets/{}/activities", scope: read) { store, context in
            let ticket = try ticket(store, context)
            return .list(ticket.activities.enumerated().map { store.json(activity: $1, of: ticket, at: $0) })
        },
        SandboxRoute(.get, "tickets/{}/assets", scope: read) { store, context in
            let ticket = try ticket(store, context)
            return .list(ticket.assetIDs.compactMap { store.json(ticketAsset: $0, of: ticket) })
        },
        SandboxRoute(.post, "tickets/{}/activities/new", scope: write, comment),
        SandboxRoute(.post, "tickets/{}/close", scope: write) { store, context in
            let closedStep = store.closedStepID
            return try change(&store, context, activity: 10) { ticket, now in
                ticket.stepID = closedStep ?? ticket.stepID
                ticket.closed = now
            }
        },
        SandboxRoute(.post, "tickets/{}/cancel", scope: write) { store, context in
            try change(&store, context, activity: 9) { ticket, now in
                ticket.isCanceled = true
                ticket.closed = now
            }
        },
        SandboxRoute(.post, "tickets/{}/assign", scope: write, assign),
        SandboxRoute(.post, "tickets/{}/unassign/user", scope: write) { store, context in
            try change(&store, context) { ticket, _ in ticket.agentID = nil }
        },
        SandboxRoute(.post, "tickets/{}/unassign/team", scope: write) { store, context in
            try change(&store, context) { ticket, _ in ticket.teamID = nil }
        },
        SandboxRoute(.post, "tickets/{}/status/{}", scope: write) { store, context in
            let step = try store.workflowSteps.require(try context.id(1, "workflow step"), "workflow step")
            return try change(&store, context) { ticket, now in
                ticket.stepID = step.id
                ticket.isCanceled = false
                ticket.closed = step.isClosed ? now : nil
            }
        },
    ]

    // MARK: Search

    private static func search(_ store: inout SandboxStore, _ context: SandboxContext) throws
        -> SandboxReply
    {
        let body = try context.request.jsonObject()
        let search = try SandboxSearch(context.request)
        let schema = (body.string("Schema") ?? "All").lowercased()
        let onlyDeleted = body.bool("OnlyShowDeleted") == true || schema == "deleted"
        let snapshot = store
        let caller = context.callerID
        let rows = try store.cachedSearch(context.request) {
            try search.matches(snapshot.tickets.rows, rules: rules(snapshot)) { ticket in
                guard ticket.isDeleted == onlyDeleted else { return false }
                let closed = snapshot.isClosed(ticket)
                switch schema {
                case "open", "openwithmodify": return !closed
                case "closed": return closed && !ticket.isCanceled
                case "canceled": return ticket.isCanceled
                case "assignedtome": return ticket.agentID == caller && !closed
                case "unassigned": return ticket.agentID == nil && ticket.teamID == nil && !closed
                case "assignedtome_unassigned": return (ticket.agentID == caller || ticket.agentID == nil) && !closed
                case "waitingonrequestor": return snapshot.workflowSteps[ticket.stepID]?.name == "Waiting on Requestor"
                default: return true
                }
            }
        }
        return search.page(rows, render: snapshot.json(ticket:))
    }

    private static func rules(_ store: SandboxStore) -> SearchRules<TicketRecord> {
        SearchRules(
            facets: [
                "location": { ticket, clause in Facet.id(ticket.locationID, clause) },
                "user": { ticket, clause in Facet.id(ticket.requestorID, clause) },
                "agent": { ticket, clause in Facet.id(ticket.agentID, clause) },
                "team": { ticket, clause in Facet.id(ticket.teamID, clause) },
                "asset": { ticket, clause in ticket.assetIDs.contains { $0 == clause.id } },
                "issue": { ticket, clause in Facet.id(ticket.issueID, clause) },
                "status": { ticket, clause in
                    Facet.idOrName(ticket.stepID, store.workflowSteps[ticket.stepID]?.name, clause)
                },
                "ticketstate": { ticket, clause in
                    let closed = store.isClosed(ticket)
                    switch clause.id?.uuidString.lowercased() {
                    case nil, "00000000-0000-0000-0000-000000000000": return !closed
                    case "11111111-1111-1111-1111-111111111111": return closed
                    default:
                        throw SandboxFailure.badRequest(
                            "A ticketstate filter's Id is the Open or the Closed state GUID.")
                    }
                },
                "ticketnumber": { ticket, clause in clause.value == String(ticket.number) },
                "createddate": { ticket, clause in try Facet.date(ticket.created, clause) },
                "modifieddate": { ticket, clause in try Facet.date(ticket.modified, clause) },
            ],
            sortKeys: [
                "ticketcreateddate": { .date($0.created) }, "ticketmodifieddate": { .date($0.modified) },
                "ticketcloseddate": { .date($0.closed ?? .distantPast) },
                "ticketduedate": { .date($0.due ?? .distantPast) },
                "ticketnumber": { .number($0.number) }, "ticketsubject": { .text($0.subject) },
                "ticketpriority": { .number($0.priority) },
                "ticketstatusname": { .text(store.workflowSteps[$0.stepID]?.name ?? "") },
                "locationname": { .text(store.locations[$0.locationID]?.name ?? "") },
                "forfirstname": { .text(store.users[$0.requestorID]?.firstName ?? "") },
            ])
    }

    // MARK: Writes

    private static func create(_ store: inout SandboxStore, _ context: SandboxContext) throws
        -> SandboxReply
    {
        let body = try context.request.jsonObject()
        guard let requestor = try body.guid("ForId") else {
            throw SandboxFailure.badRequest("'ForId' (the requestor) is required.")
        }
        guard let location = try body.guid("LocationId") else {
            throw SandboxFailure.badRequest("'LocationId' is required.")
        }
        guard let issueID = try body.guid("IssueId") else { throw SandboxFailure.badRequest("'IssueId' is required.") }
        try store.users.check(requestor, key: "ForId")
        try store.locations.check(location, key: "LocationId")
        let issue = try store.issues.require(issueID, "issue")
        let room = try body.guid("LocationRoomId")
        try store.rooms.check(room, key: "LocationRoomId")
        var assetIDs: [UUID] = []
        for element in body["Assets"] as? [Any] ?? [] {
            guard let link = element as? [String: Any], let id = try link.guid("AssetId") else {
                throw SandboxFailure.badRequest("Every entry of 'Assets' needs an 'AssetId'.")
            }
            try store.assets.check(id, key: "AssetId")
            assetIDs.append(id)
        }
        let subject = body.string("Subject").flatMap { $0.isEmpty ? nil : $0 } ?? issue.name
        var customFields: [UUID: String] = [:]
        try UpdateBody(body: body).customFields(into: &customFields)
        // Ids are drawn only once nothing can fail, so a refused write leaves the id sequence as it was.
        var ticket = TicketRecord(
            id: store.newID(), number: store.nextTicketNumber, subject: subject,
            details: body.string("IssueDescription") ?? "",
            requestorID: requestor, ownerID: context.callerID, locationID: location, roomID: room, issueID: issueID,
            stepID: store.newStepID ?? SandboxIDs.empty, agentID: nil, teamID: nil, assetIDs: assetIDs,
            isUrgent: body.bool("IsUrgent") ?? false,
            hasSensitiveInformation: body.bool("HasSensitiveInformation") ?? false,
            priority: 2, created: context.now, modified: context.now, closed: nil,
            due: context.now.addingTimeInterval(5 * 86_400))
        ticket.customFields = customFields
        ticket.activities.append(
            ActivityRecord(
                id: store.newID(), ownerID: context.callerID, typeID: 5, isPublic: true, comments: nil,
                created: context.now))
        store.nextTicketNumber += 1
        store.tickets.insert(ticket)
        store.recountOpenTickets()
        return .item(store.json(ticket: ticket), uid: ticket.id)
    }

    private static func update(_ store: inout SandboxStore, _ context: SandboxContext) throws
        -> SandboxReply
    {
        let update = UpdateBody(body: try context.request.jsonObject())
        let (issues, locations, rooms) = (store.issues, store.locations, store.rooms)
        try change(&store, context, activity: 3) { ticket, _ in
            try update.requiredText("Subject", into: &ticket.subject)
            var details: String? = ticket.details
            update.text("IssueDescription", into: &details)
            ticket.details = details ?? ""
            try update.reference("IssueId", in: issues, into: &ticket.issueID)
            try update.reference("LocationId", in: locations, into: &ticket.locationID)
            try update.optionalReference("LocationRoomId", in: rooms, into: &ticket.roomID)
            if let urgent = update.body.bool("IsUrgent") { ticket.isUrgent = urgent }
            if let sensitive = update.body.bool("HasSensitiveInformation") {
                ticket.hasSensitiveInformation = sensitive
            }
            try update.customFields(into: &ticket.customFields)
        }
        let id = try context.id(0, "ticket")
        return .item(store.json(ticket: try store.tickets.require(id, "ticket")), uid: id)
    }

    private static func comment(_ store: inout SandboxStore, _ context: SandboxContext) throws
        -> SandboxReply
    {
        let body = try context.request.jsonObject()
        let items = body["ActivityItems"] as? [Any] ?? []
        let texts = items.compactMap { ($0 as? [String: Any])?.string("Comments") }
            .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        guard let text = texts.first else {
            throw SandboxFailure.badRequest("A comment needs an activity item with 'Comments'.")
        }
        let isPublic = body.bool("IsPublic") ?? false
        _ = try ticket(store, context)
        let activityID = store.newID()
        return try change(&store, context) { ticket, now in
            ticket.activities.append(
                ActivityRecord(
                    id: activityID, ownerID: context.callerID, typeID: 6, isPublic: isPublic, comments: text,
                    created: now))
        }
    }

    private static func assign(_ store: inout SandboxStore, _ context: SandboxContext) throws
        -> SandboxReply
    {
        let body = try context.request.jsonObject()
        let agent = try body.guid("AssignToUserId")
        let team = try body.guid("AssignToTeamId")
        guard agent != nil || team != nil else {
            throw SandboxFailure.badRequest("Name an 'AssignToUserId', an 'AssignToTeamId' or both.")
        }
        if let agent, !store.agentIDs.contains(agent) {
            throw SandboxFailure.badRequest("'AssignToUserId' does not name an agent.")
        }
        try store.teams.check(team, key: "AssignToTeamId")
        return try change(&store, context) { ticket, _ in
            if let agent { ticket.agentID = agent }
            if let team { ticket.teamID = team }
        }
    }

    // MARK: Helpers

    private static func ticket(_ store: SandboxStore, _ context: SandboxContext) throws -> TicketRecord {
        try store.tickets.require(try context.id(0, "ticket"), "ticket")
    }

    /// Applies `edit` to the ticket named by the path, stamps it modified and logs an activity. The edit
    /// works on a copy, so a refused edit changes nothing and draws no id.
    @discardableResult
    private static func change(
        _ store: inout SandboxStore, _ context: SandboxContext, activity: Int? = nil,
        _ edit: (inout TicketRecord, Date) throws -> Void
    ) throws -> SandboxReply {
        let id = try context.id(0, "ticket")
        var ticket = try store.tickets.require(id, "ticket")
        try edit(&ticket, context.now)
        ticket.modified = context.now
        if let activity {
            ticket.activities.append(
                ActivityRecord(
                    id: store.newID(), ownerID: context.callerID, typeID: activity, isPublic: false, comments: nil,
                    created: context.now))
        }
        store.tickets.modify(id) { $0 = ticket }
        store.recountOpenTickets()
        return .action
    }
}
