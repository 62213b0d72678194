import ArgumentParser
import Foundation
import IncidentIQ

/// What `export` writes: CSV or JSON (a table needs every row before its first line, so it is not offered).
enum ExportFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case csv, json

    var output: OutputFormat { self == .csv ? .csv : .json }
}

/// The options every `export` command takes.
struct ExportOptions: ParsableArguments {
    @Option(help: "csv or json.") var format: ExportFormat = .csv
    @Option(name: .customLong("page-size"), help: "Records per request.") var pageSize = 500
    @Option(
        help: ArgumentHelp(
            "The CSV columns, comma-separated, or 'all': short named columns, every field (Model.Name) and every custom field (Custom.NAME).",
            valueName: "names"))
    var columns: String?
    @Flag(name: .customLong("list-columns"), help: "Print every column this tenant offers, one per line, and stop.")
    var listColumns = false

    func validate() throws {
        if !(1...5000).contains(pageSize) { throw ValidationError("--page-size must be between 1 and 5000.") }
        if columns != nil && format == .json {
            throw ValidationError("--columns chooses CSV columns; JSON has every field.")
        }
    }
}

/// Writes every record of a search, page by page, with a progress line on a terminal.
enum Exporter {
    /// Exports `pages`; `customFields` is asked only when a column beyond the named ones is wanted.
    static func run<Record: ExportableRecord & Hashable>(
        _ pages: IIQPageSequence<Record>, named: [Column<Record>], noun: String, options: ExportOptions,
        customFields: () async throws -> IIQCustomFieldDefinitions
    ) async throws {
        let needsCatalogue = options.listColumns || options.columns != nil
        let definitions =
            needsCatalogue ? try await customFields() : IIQCustomFieldDefinitions(entity: .asset, fields: [])
        var printer: RecordPrinter<Record>?
        let progress = Progress(noun: noun, enabled: StandardError.isTerminal)
        for try await page in pages {
            if printer == nil {
                let catalogue = ExportColumns(named: named, sample: page.items, customFields: definitions)
                if options.listColumns {
                    for name in catalogue.allNames { print(name) }
                    return
                }
                printer = RecordPrinter(options.format.output, columns: try catalogue.select(options.columns))
                progress.total = page.totalRows
            }
            for record in page.items {
                try printer?.add(record)
                progress.advance()
            }
        }
        if printer == nil {
            // No page at all: the header (or `[]`) still goes out, and --columns is still checked.
            let catalogue = ExportColumns(named: named, sample: [], customFields: definitions)
            printer = RecordPrinter(options.format.output, columns: try catalogue.select(options.columns))
        }
        printer?.finish()
        progress.finish()
    }
}

/// A one-line progress report on stderr: rows so far, of how many, the rate and the time left.
final class Progress {
    private let noun: String
    private let enabled: Bool
    private let start = ContinuousClock.now
    private var rows = 0
    private var lastReport = ContinuousClock.now
    /// The total the first page announced (`TotalRows`), when it did.
    var total: Int?

    init(noun: String, enabled: Bool) {
        self.noun = noun
        self.enabled = enabled
    }

    func advance() {
        rows += 1
        guard enabled, ContinuousClock.now - lastReport > .milliseconds(250) else { return }
        lastReport = ContinuousClock.now
        FileHandle.standardError.write(Data(("\r" + line(elapsed: ContinuousClock.now - start)).utf8))
    }

    func finish() {
        if enabled {
            FileHandle.standardError.write(Data(("\r" + line(elapsed: ContinuousClock.now - start) + "\n").utf8))
        }
    }

    /// `1200 of 5000 assets (24%), 850 per second, about 5s left`.
    func line(elapsed: Duration) -> String {
        let seconds = max(elapsed.seconds, 0.001)
        let rate = Double(rows) / seconds
        guard let total, total > 0 else { return "\(rows) \(noun), \(Int(rate)) per second" }
        var text = "\(rows) of \(total) \(noun) (\(min(100, rows * 100 / total))%), \(Int(rate)) per second"
        if rows < total, rate > 0 {
            let left = Double(total - rows) / rate
            if left < 60 {
                text += ", about \(Int(left.rounded(.up)))s left"
            } else if left < 6_000_000 {
                text += ", about \(Int((left / 60).rounded(.up)))min left"
            }
        }
        return text
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
