import ArgumentParser
import Foundation
import IncidentIQ

/// `iiq roles`: the user roles, the names `users list --role` takes.
struct Roles: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the user roles, such as Student and Agent.")

    @OptionGroup var output: FormatOptions

    func run() async throws {
        try await Session.run { client in
            let printer = RecordPrinter(output.format, columns: Columns.roles)
            for role in try await client.roles.all() { try printer.add(role) }
            printer.finish()
        }
    }
}
