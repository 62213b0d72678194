import ArgumentParser
import IncidentIQ

extension Users {
    /// `iiq users export`.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every user to stdout as CSV or JSON, page by page.",
            discussion: "A progress line (rows, total, rate and time left) goes to stderr when stderr is a terminal.")

        @OptionGroup var options: ExportOptions

        func run() async throws {
            try await Session.run { client in
                try await Exporter.run(
                    client.users.search(IIQUserQuery(sort: .ascending("FullName"), pageSize: options.pageSize)).pages,
                    named: Columns.users, noun: "users", options: options,
                    customFields: { try await client.customFields.definitions(for: .user) })
            }
        }
    }
}
