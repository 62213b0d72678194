import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

@Suite("Sandbox: writes are reproducible, so a journal of them replays")
struct SandboxReplayTests {
    /// Opens a ticket, comments on it, then edits it with a refused body, on a fresh sandbox of seed 5.
    private func writeSome() async throws -> (ticket: IIQTicket, activities: [IIQTicketActivity.ID]) {
        let sandbox = IIQSandbox(district: IIQSandboxDistrict(seed: 5, assets: 100))
        let client = try Fixture.client(sandbox: sandbox)
        let asset = try #require(try await client.assets.search(filters: [.status(named: "Assigned")]).first(1).first)
        let issue = try #require(try await client.tickets.search().first(1).first?.issueID)
        let ticket = try await client.tickets.create(
            IIQNewTicket(
                requestor: try #require(asset.ownerID), location: try #require(asset.locationID), issue: issue,
                subject: "Replayed", assets: [asset.id]))
        // A refused write (a location that does not exist) must change nothing and draw no id.
        var refused = IIQHTTPRequest(
            method: .post, url: sandbox.baseURL.appending(path: "tickets/\(ticket.id)"),
            headers: IIQHTTPHeaders([
                ("Authorization", "Bearer \(sandbox.issueToken())"), ("SiteId", sandbox.siteID.uuidString.lowercased()),
            ]))
        refused.body = Data(#"{"Subject":"Changed","LocationId":"00000000-0000-0000-0000-00000000abcd"}"#.utf8)
        #expect(try await sandbox.send(refused).status == 400)
        #expect(try await client.tickets.get(ticket.id).subject == "Replayed")
        try await client.tickets.addComment("Once.", to: ticket.id)
        return (ticket, try await client.tickets.activities(of: ticket.id).map(\.id))
    }

    @Test("the same writes on the same district create the same ticket numbers and ids")
    func sameWritesSameIDs() async throws {
        let first = try await writeSome()
        let again = try await writeSome()
        #expect(first.ticket.id == again.ticket.id)
        #expect(first.ticket.ticketNumber == again.ticket.ticketNumber)
        #expect(first.activities == again.activities && first.activities.count == 2)
    }

    @Test("changesState tells writes from reads, searches sent as POST included")
    func writesAreKnown() throws {
        let sandbox = IIQSandbox(district: IIQSandboxDistrict(seed: 5, assets: 10))
        func request(_ method: IIQHTTPMethod, _ path: String) -> IIQHTTPRequest {
            IIQHTTPRequest(method: method, url: sandbox.baseURL.appending(path: path))
        }
        let id = UUID().uuidString.lowercased()
        #expect(sandbox.changesState(request(.post, "tickets/new")))
        #expect(sandbox.changesState(request(.post, "tickets/\(id)/activities/new")))
        #expect(sandbox.changesState(request(.post, "tickets/\(id)/close")))
        #expect(!sandbox.changesState(request(.post, "tickets")))
        #expect(!sandbox.changesState(request(.post, "assets")))
        #expect(!sandbox.changesState(request(.get, "tickets/\(id)")))
        #expect(!sandbox.changesState(request(.get, "no/such/route")))
    }
}
