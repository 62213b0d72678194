import Foundation
import IncidentIQ

/// Turns what people type (names, emails, ticket numbers, tags) into ids.
struct Resolver {
    let client: IIQClient

    /// The location named `name`, ignoring case.
    func location(named name: String) async throws -> IIQLocation {
        guard let location = try await client.locations.first(named: name) else {
            throw CommandFailure.notFound("No location is named '\(name)'.")
        }
        return location
    }

    /// The agent whose email is `email`, ignoring case.
    func agent(email: String) async throws -> IIQUser {
        for try await agent in client.users.agents() where agent.email?.caseInsensitiveCompare(email) == .orderedSame {
            return agent
        }
        throw CommandFailure.notFound("No agent has the email '\(email)'.")
    }

    /// The ticket with this number (`39181`) or id.
    func ticket(_ reference: String) async throws -> IIQTicket {
        if let id = IIQTicket.ID(reference) { return try await client.tickets.get(id) }
        let matches = try await client.tickets.search(.all, filters: [.ticketNumber(IIQTicketNumber(rawValue: reference))])
            .first(1)
        guard let ticket = matches.first else { throw CommandFailure.notFound("No ticket has the number '\(reference)'.") }
        return ticket
    }

    /// The asset whose tag is exactly `tag`.
    func asset(tag: String) async throws -> IIQAsset {
        guard let asset = try await client.assets.withTag(tag).first else {
            throw CommandFailure.notFound("No asset has the tag '\(tag)'.")
        }
        return asset
    }

    /// An issue by id, or by name among the issues of recent tickets (the SDK has no issue catalogue yet).
    func issue(_ reference: String) async throws -> IIQIssue.ID {
        if let id = IIQIssue.ID(reference) { return id }
        let recent = try await client.tickets.search(IIQTicketQuery(.all, sort: .descending("TicketCreatedDate"), pageSize: 500))
            .first(500)
        guard let issue = recent.compactMap(\.issue).first(where: { $0.name?.caseInsensitiveCompare(reference) == .orderedSame })
        else {
            let known = Set(recent.compactMap(\.issue?.name)).sorted().joined(separator: ", ")
            throw CommandFailure.notFound("No recent ticket has the issue '\(reference)'. Recent issues: \(known).")
        }
        return issue.id
    }
}
