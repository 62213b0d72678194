import ArgumentParser
import IncidentIQ

extension Tickets {
    /// `iiq tickets export`.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every ticket to stdout as CSV or JSON, oldest first, page by page.",
            discussion: "A progress line (rows, total, rate and time left) goes to stderr when stderr is a terminal.")

        @OptionGroup var options: ExportOptions

        func run() async throws {
            try await Session.run { client in
                let query = IIQTicketQuery(.all, sort: .ascending("TicketCreatedDate"), pageSize: options.pageSize)
                try await Exporter.run(
                    client.tickets.search(query).pages, named: Columns.tickets, noun: "tickets", options: options,
                    customFields: { try await client.customFields.definitions(for: .ticket) })
            }
        }
    }
}
