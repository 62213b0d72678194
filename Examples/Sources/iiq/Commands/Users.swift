import ArgumentParser
import Foundation
import IncidentIQ

/// `iiq users …`.
struct Users: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List and export users.", subcommands: [List.self, Export.self])

    /// `iiq users list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users by name.")

        @Option(help: "Only users at the location with this name.") var location: String?
        @Option(help: "Only users with this role, such as Student; an unknown role exits 3.") var role: String?
        @Flag(help: "Only agents.") var agents = false
        @Option(help: "Print at most this many users.") var limit = 25
        @OptionGroup var output: FormatOptions

        func validate() throws {
            if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        }

        func run() async throws {
            try await Session.run { client in
                var filters: [IIQFilter] = []
                if let location {
                    filters.append(.location(try await Resolver(client: client).location(named: location).id))
                }
                if let role { filters.append(.role(try await Resolver(client: client).role(role))) }
                let query = IIQUserQuery(filters: filters, sort: .ascending("FullName"), pageSize: min(limit, 500))
                let users = agents ? client.users.agents(query) : client.users.search(query)
                let printer = RecordPrinter(output.format, columns: Columns.users)
                for user in try await users.first(limit) { try printer.add(user) }
                printer.finish()
            }
        }
    }
}
