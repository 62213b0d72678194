import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Tickets API")
struct TicketsAPITests {
    static let ticketID = IIQTicket.ID("d4c3b2a1-0000-4000-8000-000000000042")!
    static let user = IIQUser.ID("3f2504e0-4f89-11d3-9a0c-0305e82c3301")!
    static let team = IIQTeam.ID("45454545-2222-4222-8222-454545454545")!
    static let location = IIQLocation.ID("1a2b3c4d-5555-4a4a-cccc-eeeeeeeeeeee")!
    static let issue = IIQIssue.ID("56565656-3333-4333-8333-565656565656")!
    static let asset = IIQAsset.ID("6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a60")!
    static let path = "/api/v1.0/tickets/d4c3b2a1-0000-4000-8000-000000000042"

    func client(_ responses: IIQHTTPResponse...) throws -> (IIQClient, MockTransport) {
        let mock = MockTransport(responses: responses)
        return (try Fixture.client(mock), mock)
    }

    func ticketResponse() throws -> IIQHTTPResponse { .json(try Fixture.data("ticket.json")) }

    @Test("search posts GetTicketsRequest with schema, filters, paging and sort")
    func search() async throws {
        let (client, mock) = try client(
            .listEnvelope(items: [["TicketId": Self.ticketID.description, "Subject": "A"]], pageSize: 50))
        let query = IIQTicketQuery(
            .open, filters: [.location(Self.location), .agent(Self.user).negated()],
            sort: .descending("TicketCreatedDate"),
            pageSize: 50, product: .ticketing)
        let tickets = try await client.tickets.search(query).all()
        #expect(tickets.map(\.subject) == ["A"])
        let request = try #require(mock.lastRequest)
        #expect(request.method == .post && request.path == "/api/v1.0/tickets")
        #expect(request.queryValue("$s") == "50" && request.queryValue("$p") == "0")
        #expect(request.queryValue("$o") == "TicketCreatedDate" && request.queryValue("$d") == "Descending")
        #expect(request.headers["Content-Type"] == "application/json")
        let body = try Fixture.jsonBody(request)
        #expect(body["Schema"] as? String == "Open")
        #expect(body["FilterByProduct"] as? Bool == true)
        #expect(body["ProductId"] as? String == IIQProduct.ticketing.headerValue)
        #expect(body["OnlyShowDeleted"] == nil)
        let filters = try #require(body["Filters"] as? [[String: Any]])
        #expect(filters.map { $0["Facet"] as? String } == ["location", "agent"])
        #expect(filters[1]["Negative"] as? Bool == true)
    }

    @Test("search(_:filters:) reads naturally and defaults to 100 per page")
    func searchConvenience() async throws {
        let (client, mock) = try client(.listEnvelope(items: []))
        for try await _ in client.tickets.search(.open, filters: [.location(Self.location)]) {}
        #expect(mock.lastRequest?.queryValue("$s") == "100")
        #expect(try Fixture.jsonBody(mock.lastRequest)["Schema"] as? String == "Open")
    }

    @Test("get reads the ticket")
    func get() async throws {
        let (client, mock) = try client(try ticketResponse())
        let ticket = try await client.tickets.get(Self.ticketID)
        #expect(ticket.id == Self.ticketID && ticket.ticketNumber == "39181")
        #expect(mock.lastRequest?.method == .get && mock.lastRequest?.path == Self.path)
        #expect(mock.lastRequest?.body == nil)
    }

    @Test("create posts the ticket with SourceId and linked assets")
    func create() async throws {
        let (client, mock) = try client(try ticketResponse())
        var new = IIQNewTicket(
            requestor: Self.user, location: Self.location, issue: Self.issue, subject: "Cracked screen",
            description: "Dropped it", assets: [Self.asset])
        new.isUrgent = true
        let ticket = try await client.tickets.create(new)
        #expect(ticket.subject == "Cracked screen")
        let request = try #require(mock.lastRequest)
        #expect(request.method == .post && request.path == "/api/v1.0/tickets/new")
        let body = try Fixture.jsonBody(request)
        #expect(body["ForId"] as? String == Self.user.description)
        #expect(body["LocationId"] as? String == Self.location.description)
        #expect(body["IssueId"] as? String == Self.issue.description)
        #expect(body["Subject"] as? String == "Cracked screen")
        #expect(body["IssueDescription"] as? String == "Dropped it")
        #expect(body["IsUrgent"] as? Bool == true)
        #expect(body["SourceId"] as? Int == 1)
        #expect(body["ProductId"] as? String == IIQProduct.ticketing.headerValue)
        #expect((body["Assets"] as? [[String: String]])?.first?["AssetId"] == Self.asset.description)
        #expect(body["IsTraining"] == nil && body["LocationRoomId"] == nil)
    }

    @Test("create checks what IIQ needs before sending", arguments: ["requestor", "location", "issue", "subject"])
    func createValidation(_ missing: String) async throws {
        let (client, mock) = try client()
        var new = IIQNewTicket(requestor: Self.user, location: Self.location, issue: Self.issue, subject: "S")
        switch missing {
        case "requestor": new.requestorID = nil
        case "location": new.locationID = .empty
        case "issue": new.issueID = nil
        default: new.subject = "   "
        }
        let error = await captureError { try await client.tickets.create(new) }
        guard case .invalidArgument(let issue)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(issue.argument == missing && issue.operation == "tickets.create")
        #expect(mock.requestCount == 0)
    }

    @Test("update sends only what is set, with the TicketId")
    func update() async throws {
        let (client, mock) = try client(try ticketResponse())
        var change = IIQTicketUpdate()
        change.subject = "New subject"
        change.isUrgent = false
        _ = try await client.tickets.update(Self.ticketID, with: change)
        let request = try #require(mock.lastRequest)
        #expect(request.method == .post && request.path == Self.path)
        let body = try Fixture.jsonBody(request)
        #expect(body.keys.sorted() == ["IsUrgent", "Subject", "TicketId"])
        #expect(body["IsUrgent"] as? Bool == false)
    }

    @Test("addComment posts an activity with the $type discriminator")
    func addComment() async throws {
        let (client, mock) = try client(.actionEnvelope())
        try await client.tickets.addComment("Replacement ordered.", to: Self.ticketID, isPublic: true)
        let request = try #require(mock.lastRequest)
        #expect(request.method == .post && request.path == Self.path + "/activities/new")
        let body = try Fixture.jsonBody(request)
        #expect(body["TicketId"] as? String == Self.ticketID.description)
        #expect(body["IsPublic"] as? Bool == true)
        #expect(body["WaitForResponse"] as? Bool == false)
        let item = try #require((body["ActivityItems"] as? [[String: Any]])?.first)
        #expect(item["$type"] as? String == "Spark.Shared.Models.TicketActivityComment, Spark.Shared")
        #expect(item["TicketActivityTypeId"] as? Int == 6)
        #expect(item["Comments"] as? String == "Replacement ordered.")
        #expect(item["IsPublic"] as? Bool == true)
    }

    @Test("A private comment is the default; an empty one is refused")
    func privateComment() async throws {
        let (client, mock) = try client(.actionEnvelope())
        try await client.tickets.addComment("note", to: Self.ticketID)
        #expect(try Fixture.jsonBody(mock.lastRequest)["IsPublic"] as? Bool == false)
        let error = await captureError { try await client.tickets.addComment(" ", to: Self.ticketID) }
        guard case .invalidArgument = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(mock.requestCount == 1)
    }

    @Test("Actions: close, cancel, assign, unassign, status, delete, undelete")
    func actions() async throws {
        let mock = MockTransport { _ in .actionEnvelope() }
        let client = try Fixture.client(mock)
        let step = IIQWorkflowStep.ID("67676767-4444-4444-8444-676767676767")!
        let reason = UUID()
        try await client.tickets.close(Self.ticketID, reason: reason)
        try await client.tickets.cancel(Self.ticketID)
        try await client.tickets.assign(Self.ticketID, to: .agent(Self.user))
        try await client.tickets.assign(Self.ticketID, to: .agentOnTeam(Self.user, Self.team))
        try await client.tickets.assign(Self.ticketID, to: .team(Self.team))
        try await client.tickets.unassignAgent(from: Self.ticketID)
        try await client.tickets.unassignTeam(from: Self.ticketID)
        try await client.tickets.setStatus(of: Self.ticketID, to: step)
        try await client.tickets.delete(Self.ticketID)
        try await client.tickets.undelete(Self.ticketID)
        let requests = mock.requests
        let routes = requests.map { "\($0.method) \($0.path.replacingOccurrences(of: Self.path, with: "{id}"))" }
        #expect(
            routes == [
                "POST {id}/close", "POST {id}/cancel", "POST {id}/assign", "POST {id}/assign", "POST {id}/assign",
                "POST {id}/unassign/user", "POST {id}/unassign/team", "POST {id}/status/\(step)", "DELETE {id}",
                "PUT {id}/undelete",
            ])
        #expect(try Fixture.jsonBody(requests[0])["CloseReasonTypeId"] as? String == reason.uuidString.lowercased())
        #expect(try Fixture.jsonBody(requests[1]).isEmpty)
        let agentOnly = try Fixture.jsonBody(requests[2])
        #expect(agentOnly["AssignToUserId"] as? String == Self.user.description && agentOnly["AssignToTeamId"] == nil)
        let both = try Fixture.jsonBody(requests[3])
        #expect(
            both["AssignToTeamId"] as? String == Self.team.description
                && both["TicketId"] as? String == Self.ticketID.description)
        let teamOnly = try Fixture.jsonBody(requests[4])
        #expect(teamOnly["AssignToUserId"] == nil && teamOnly["AssignToTeamId"] != nil)
        #expect(requests[5...].allSatisfy { $0.body == nil })
    }

    @Test("statuses, activities and linked assets")
    func reads() async throws {
        let assets = IIQHTTPResponse.listEnvelope(items: [["TicketAssetId": UUID().uuidString, "AssetTag": "LHS-1"]])
        let (client, mock) = try client(
            .json(try Fixture.data("ticket-statuses.json")), .json(try Fixture.data("ticket-activities.json")), assets)
        let statuses = try await client.tickets.statuses()
        let activities = try await client.tickets.activities(of: Self.ticketID)
        let linked = try await client.tickets.assets(of: Self.ticketID)
        #expect(statuses.map(\.statusName) == ["New", "Resolved"])
        #expect(activities.first?.activityItems?.first?.comments == "Replacement ordered.")
        #expect(linked.map(\.assetTag) == ["LHS-1"])
        #expect(
            mock.requests.map(\.path) == [
                "/api/v1.0/tickets/statuses", Self.path + "/activities", Self.path + "/assets",
            ])
        #expect(mock.requests.allSatisfy { $0.method == .get })
    }

    @Test("A 403 on a write names tickets:write")
    func forbiddenScope() async throws {
        let (client, _) = try client(.json("{}", status: 403))
        let error = await captureError { try await client.tickets.close(Self.ticketID) }
        #expect(error?.httpFailure?.requiredScope == "tickets:write")
        #expect(error?.httpFailure?.request.operation == "tickets.close")
    }
}

@Suite("Create envelopes")
struct CreateEnvelopeTests {
    @Test("A create answered with Uid but no Item reads the ticket back")
    func rereadByUid() async throws {
        let created = IIQHTTPResponse.json(
            #"{"Item":null,"Id":39182,"Uid":"d4c3b2a1-0000-4000-8000-000000000042","StatusCode":200}"#)
        let mock = MockTransport(responses: [created, .json(try Fixture.data("ticket.json"))])
        let client = try Fixture.client(mock)
        let new = IIQNewTicket(
            requestor: TicketsAPITests.user, location: TicketsAPITests.location, issue: TicketsAPITests.issue,
            subject: "S")
        let ticket = try await client.tickets.create(new)
        #expect(ticket.id == TicketsAPITests.ticketID)
        #expect(
            mock.requests.map { "\($0.method) \($0.path)" } == [
                "POST /api/v1.0/tickets/new", "GET \(TicketsAPITests.path)",
            ])
    }

    @Test("A create with neither Item nor Uid is a decoding error, not a crash")
    func neither() async throws {
        let mock = MockTransport(responses: [.json(#"{"Item":null,"StatusCode":200}"#)])
        let client = try Fixture.client(mock)
        let new = IIQNewTicket(
            requestor: TicketsAPITests.user, location: TicketsAPITests.location, issue: TicketsAPITests.issue,
            subject: "S")
        let error = await captureError { try await client.tickets.create(new) }
        guard case .decoding(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.codingPath == "Item")
    }
}
