import ArgumentParser
import Foundation
import IncidentIQ

/// `iiq tickets …`.
struct Tickets: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, show, create, assign, comment on and export tickets.",
        subcommands: [List.self, Show.self, Create.self, Assign.self, Comment.self, Export.self])

    /// `iiq tickets list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tickets, newest first.")

        @Flag(help: "Only open tickets.") var open = false
        @Flag(help: "Only closed tickets.") var closed = false
        @Option(help: "Only tickets at the location with this name.") var location: String?
        @Option(name: .customLong("assigned-to"), help: "Only tickets assigned to the agent with this email.")
        var assignedTo: String?
        @Option(help: "Only tickets assigned to the team with this name, such as \"Tier 1\".") var team: String?
        @Option(help: "Only tickets in the status with this name, such as \"In Progress\".") var status: String?
        @Option(help: "Only tickets created on or after this day (YYYY-MM-DD, UTC).") var since: String?
        @Option(help: "Print at most this many tickets.") var limit = 50
        @OptionGroup var output: FormatOptions

        func validate() throws {
            if open && closed { throw ValidationError("--open and --closed cannot be used together.") }
            if let since, Day.parse(since) == nil { throw ValidationError("--since must be a day such as 2026-09-01.") }
            if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        }

        func run() async throws {
            try await Session.run { client in
                let resolver = Resolver(client: client)
                var filters: [IIQFilter] = []
                if open { filters.append(.ticketState(.open)) }
                if closed { filters.append(.ticketState(.closed)) }
                if let location { filters.append(.location(try await resolver.location(named: location).id)) }
                if let assignedTo { filters.append(.agent(try await resolver.agent(email: assignedTo).id)) }
                if let team { filters.append(.team(try await resolver.team(team))) }
                if let status {
                    let found = try await resolver.ticketStatus(status)
                    guard let step = found.workflowStepID else {
                        throw CommandFailure.notFound(
                            "The ticket status '\(status)' has no workflow step to filter by.")
                    }
                    filters.append(IIQFilter(facet: "status", id: step.uuid))
                }
                if let day = since.flatMap(Day.parse) { filters.append(.created(since: day)) }
                let query = IIQTicketQuery(
                    .all, filters: filters, sort: .descending("TicketCreatedDate"), pageSize: min(limit, 500))
                let printer = RecordPrinter(output.format, columns: Columns.tickets)
                for ticket in try await client.tickets.search(query).first(limit) { try printer.add(ticket) }
                printer.finish()
            }
        }
    }

    /// `iiq tickets show`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one ticket and its comments.")

        @Argument(help: "The ticket number or id.") var ticket: String
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await Session.run { client in
                let ticket = try await Resolver(client: client).ticket(ticket)
                if output.format == .json {
                    // The ticket as IIQ sends it, with its history (comments included) under "Activities".
                    let printer = RecordPrinter<ShownTicket>(.json, columns: [])
                    try printer.add(
                        ShownTicket(ticket: ticket, activities: try await client.tickets.activities(of: ticket.id)))
                    printer.finish()
                    return
                }
                let printer = RecordPrinter(output.format, columns: Columns.tickets)
                try printer.add(ticket)
                printer.finish()
                guard output.format == .table else { return }
                if let details = ticket.issueDescription, !details.isEmpty { print("\n" + details) }
                for activity in try await client.tickets.activities(of: ticket.id) {
                    for item in activity.activityItems ?? [] {
                        guard let comment = item.comments else { continue }
                        print(
                            "\n\(Columns.day(activity.createdDate))  \(activity.owner?.name ?? "someone"):\n  \(comment)"
                        )
                    }
                }
            }
        }
    }

    /// A ticket with its activities, as `tickets show --format json` prints it.
    struct ShownTicket: Encodable {
        var ticket: IIQTicket
        var activities: [IIQTicketActivity]

        private enum CodingKeys: String, CodingKey { case activities = "Activities" }

        func encode(to encoder: any Encoder) throws {
            try ticket.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(activities, forKey: .activities)
        }
    }

    /// `iiq tickets create`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open a ticket, for a device by its tag or for a requestor at a location.")

        @Option(help: "The subject.") var subject: String
        @Option(help: "The issue, by name (from the issue catalogue, such as \"Broken Screen\") or id.")
        var issue: String
        @Option(help: "What happened.") var description: String?
        @Option(name: .customLong("asset"), help: "The tag of the device; its owner and location are used.")
        var assetTag: String?
        @Option(help: "The requestor's user id (with --location), when no --asset is given.") var requestor: String?
        @Option(help: "The location name (with --requestor).") var location: String?
        @OptionGroup var output: FormatOptions

        func validate() throws {
            if assetTag == nil && (requestor == nil || location == nil) {
                throw ValidationError("Give --asset TAG, or both --requestor USER-ID and --location NAME.")
            }
            if let requestor, IIQUser.ID(requestor) == nil { throw ValidationError("--requestor must be a user id.") }
        }

        func run() async throws {
            try await Session.run { client in
                let resolver = Resolver(client: client)
                var requestorID = requestor.flatMap(IIQUser.ID.init)
                var locationID = try await location.asyncMap { try await resolver.location(named: $0).id }
                var assets: [IIQAsset.ID] = []
                if let assetTag {
                    let asset = try await resolver.asset(tag: assetTag)
                    assets = [asset.id]
                    requestorID = requestorID ?? asset.ownerID
                    locationID = locationID ?? asset.locationID
                }
                guard let requestorID, let locationID else {
                    throw CommandFailure(
                        message: "The asset has no owner or location; give --requestor and --location.")
                }
                let ticket = try await client.tickets.create(
                    IIQNewTicket(
                        requestor: requestorID, location: locationID, issue: try await resolver.issue(issue),
                        subject: subject, description: description, assets: assets))
                let printer = RecordPrinter(output.format, columns: Columns.tickets)
                try printer.add(ticket)
                printer.finish()
            }
        }
    }

    /// `iiq tickets assign`.
    struct Assign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Assign a ticket to a team, an agent, or an agent on a team.",
            discussion: "A team or agent that matches nothing exits 3 and lists the closest names.")

        @Argument(help: "The ticket number or id.") var ticket: String
        @Option(help: "The team, by name (such as \"Tier 1\") or id.") var team: String?
        @Option(help: "The agent, by email.") var agent: String?

        func validate() throws {
            if team == nil && agent == nil { throw ValidationError("Give --team NAME, --agent EMAIL, or both.") }
        }

        func run() async throws {
            try await Session.run { client in
                let resolver = Resolver(client: client)
                let ticket = try await resolver.ticket(ticket)
                let teamID = try await team.asyncMap { try await resolver.team($0) }
                let agentID = try await agent.asyncMap { try await resolver.agent(email: $0).id }
                let assignee: IIQAssignee
                switch (agentID, teamID) {
                case (let agent?, let team?): assignee = .agentOnTeam(agent, team)
                case (let agent?, nil): assignee = .agent(agent)
                case (nil, let team?): assignee = .team(team)
                case (nil, nil): throw CommandFailure(message: "Give --team NAME, --agent EMAIL, or both.", code: 64)
                }
                try await client.tickets.assign(ticket.id, to: assignee)
                let whom = [agent, team.map { "team \($0)" }].compactMap { $0 }.joined(separator: " on ")
                print("Assigned ticket \(ticket.ticketNumber?.rawValue ?? ticket.id.description) to \(whom).")
            }
        }
    }

    /// `iiq tickets comment`.
    struct Comment: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a comment to a ticket.")

        @Argument(help: "The ticket number or id.") var ticket: String
        @Argument(help: "The comment.") var text: String
        @Flag(help: "Let the requestor see it.") var `public` = false

        func validate() throws {
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("The comment is empty.")
            }
        }

        func run() async throws {
            try await Session.run { client in
                let ticket = try await Resolver(client: client).ticket(ticket)
                try await client.tickets.addComment(text, to: ticket.id, isPublic: `public`)
                print("Commented on ticket \(ticket.ticketNumber?.rawValue ?? ticket.id.description).")
            }
        }
    }
}

/// Days as `--since` takes them.
enum Day {
    /// `2026-09-01` as the start of that UTC day.
    static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar.date(from: DateComponents(year: year, month: month, day: day))
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
