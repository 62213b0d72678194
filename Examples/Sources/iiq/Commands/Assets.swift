import ArgumentParser
import Foundation
import IncidentIQ

/// `iiq assets …`.
struct Assets: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find, list and export assets.", subcommands: [Find.self, List.self, Export.self])

    /// `iiq assets find`.
    struct Find: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Find assets by exact tag or serial number.")

        @Option(help: "The asset tag.") var tag: String?
        @Option(help: "The serial number.") var serial: String?
        @OptionGroup var output: FormatOptions

        func validate() throws {
            if (tag == nil) == (serial == nil) { throw ValidationError("Give exactly one of --tag and --serial.") }
        }

        func run() async throws {
            try await Session.run { client in
                let found =
                    try await tag != nil ? client.assets.withTag(tag ?? "") : client.assets.withSerial(serial ?? "")
                guard !found.isEmpty else {
                    throw CommandFailure.notFound(
                        "No asset has the \(tag != nil ? "tag '\(tag ?? "")'" : "serial '\(serial ?? "")'").")
                }
                let printer = RecordPrinter(output.format, columns: Columns.assets)
                for asset in found { try printer.add(asset) }
                printer.finish()
            }
        }
    }

    /// `iiq assets list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List assets, by tag.")

        @Option(help: "Only assets at the location with this name.") var location: String?
        @Option(help: "Only assets with this status, such as Available; an unknown status exits 3.") var status: String?
        @Option(help: "Print at most this many assets.") var limit = 25
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
                if let status { filters.append(.status(try await Resolver(client: client).assetStatus(status))) }
                let query = IIQAssetQuery(filters: filters, sort: .ascending("AssetTag"), pageSize: min(limit, 500))
                let printer = RecordPrinter(output.format, columns: Columns.assets)
                for asset in try await client.assets.search(query).first(limit) { try printer.add(asset) }
                printer.finish()
            }
        }
    }

    /// `iiq assets export`.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every asset to stdout as CSV or JSON, page by page.",
            discussion: "A progress line (rows, total, rate and time left) goes to stderr when stderr is a terminal.")

        @OptionGroup var options: ExportOptions

        func run() async throws {
            try await Session.run { client in
                try await Exporter.run(
                    client.assets.search(IIQAssetQuery(pageSize: options.pageSize)).pages, named: Columns.assets,
                    noun: "assets", options: options,
                    customFields: { try await client.customFields.definitions(for: .asset) })
            }
        }
    }
}
