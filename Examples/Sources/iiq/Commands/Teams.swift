import ArgumentParser
import Foundation
import IncidentIQ

/// `iiq teams`: the teams of agents, the names `tickets assign --team` takes.
struct Teams: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the teams tickets can be assigned to.")

    @OptionGroup var output: FormatOptions

    func run() async throws {
        try await Session.run { client in
            let printer = RecordPrinter(output.format, columns: Columns.teams)
            for try await team in client.teams.all() { try printer.add(team) }
            printer.finish()
        }
    }
}
