import ArgumentParser
import Foundation
import IncidentIQ

/// `iiq issues`: the issue catalogue, the names `tickets create --issue` takes.
struct Issues: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the site's issues, such as Broken Screen, with their categories.",
        discussion: "An unknown --category exits 3 and lists the closest category names.")

    @Option(help: "Only the issues of the category with this name, such as Chromebook.") var category: String?
    @OptionGroup var output: FormatOptions

    func run() async throws {
        try await Session.run { client in
            let issues: IIQPagedSequence<IIQIssue>
            if let category {
                let found = try Resolver.single(try await client.issues.categories.lookup(named: category))
                issues = client.issues.all(in: found.id)
            } else {
                issues = client.issues.all()
            }
            let printer = RecordPrinter(output.format, columns: Columns.issues)
            for try await issue in issues { try printer.add(issue) }
            printer.finish()
        }
    }
}
