import Foundation
import IncidentIQ

/// Turns what people type (names, emails, ticket numbers, tags) into ids.
///
/// Names resolve through the SDK's catalogues (`lookup(named:)`), one walk each. A name that
/// matches nothing fails with exit code 3 and the closest names the catalogue knows; a name that
/// matches several entries fails with exit code 64, since guessing would act on the wrong one.
struct Resolver {
    let client: IIQClient

    /// The one entry `lookup` found, or a failure that says what to type instead.
    static func single<Entry>(_ lookup: IIQNameLookup<Entry>) throws(CommandFailure) -> Entry {
        if lookup.matches.count == 1, let entry = lookup.first { return entry }
        if lookup.matches.isEmpty { throw CommandFailure.notFound(lookup.description) }
        throw CommandFailure(
            message: "\"\(lookup.name)\" names \(lookup.matches.count) \(lookup.entity) entries; give its id instead.",
            code: 64)
    }

    /// The location named `name` (or abbreviated so), ignoring case.
    func location(named name: String) async throws -> IIQLocation {
        try Self.single(try await client.locations.lookup(named: name))
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
        let matches = try await client.tickets.search(
            .all, filters: [.ticketNumber(IIQTicketNumber(rawValue: reference))]
        )
        .first(1)
        guard let ticket = matches.first else {
            throw CommandFailure.notFound("No ticket has the number '\(reference)'.")
        }
        return ticket
    }

    /// The asset whose tag is exactly `tag`.
    func asset(tag: String) async throws -> IIQAsset {
        guard let asset = try await client.assets.withTag(tag).first else {
            throw CommandFailure.notFound("No asset has the tag '\(tag)'.")
        }
        return asset
    }

    /// An issue by id, or by name through the issue catalogue (`client.issues.lookup(named:)`).
    func issue(_ reference: String) async throws -> IIQIssue.ID {
        if let id = IIQIssue.ID(reference) { return id }
        return try Self.single(try await client.issues.lookup(named: reference)).id
    }

    /// A team by id, or by name through `client.teams.lookup(named:)`.
    func team(_ reference: String) async throws -> IIQTeam.ID {
        if let id = IIQTeam.ID(reference) { return id }
        return try Self.single(try await client.teams.lookup(named: reference)).id
    }

    /// A role by id, or by name through `client.roles.lookup(named:)`.
    func role(_ reference: String) async throws -> IIQRole.ID {
        if let id = IIQRole.ID(reference) { return id }
        return try Self.single(try await client.roles.lookup(named: reference)).id
    }

    /// An asset status by id, or by name among the asset status types.
    func assetStatus(_ reference: String) async throws -> IIQAssetStatus.ID {
        if let id = IIQAssetStatus.ID(reference) { return id }
        let statuses = try await client.assets.statusTypes()
        return try Self.single(IIQNameLookup(reference, entity: "asset status", in: statuses) { [$0.name] }).id
    }

    /// A ticket status by name (its status or workflow step name) among the ticket statuses.
    func ticketStatus(_ name: String) async throws -> IIQTicketStatus {
        let statuses = try await client.tickets.statuses()
        let found = IIQNameLookup(name, entity: "ticket status", in: statuses) { [$0.statusName, $0.stepName] }
        // Several workflows can share a status name; any of them names the same status.
        if let first = found.first { return first }
        return try Self.single(found)
    }
}
