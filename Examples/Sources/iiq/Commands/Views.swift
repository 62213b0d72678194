import ArgumentParser
import Foundation
import IncidentIQ

/// `iiq views`: the saved views of users, tickets and assets.
struct Views: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List saved views of assets, tickets or users.")

    @Option(name: .customLong("for"), help: "Only views of assets, tickets or users.") var kind: RecordKind?
    @OptionGroup var output: FormatOptions

    /// One view and what it shows.
    struct Row: Encodable {
        var kind: String
        var name: String
        var viewID: String

        enum CodingKeys: String, CodingKey {
            case kind = "Kind"
            case name = "Name"
            case viewID = "ViewId"
        }
    }

    func run() async throws {
        try await Session.run { client in
            let printer = RecordPrinter<Row>(
                output.format,
                columns: [Column("For") { $0.kind }, Column("Name") { $0.name }, Column("Id") { $0.viewID }])
            for kind in kind.map({ [$0] }) ?? RecordKind.allCases {
                for view in try await client.views.all(kind.viewKind) {
                    try printer.add(Row(kind: kind.rawValue, name: view.name ?? "", viewID: view.id.description))
                }
            }
            printer.finish()
        }
    }
}
