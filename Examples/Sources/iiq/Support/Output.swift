import ArgumentParser
import Foundation

/// How a command prints what it found.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, csv
}

/// The `--format` option shared by every command that prints records.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "How to print the records.")
    var format: OutputFormat = .table
}

/// A named column of a record.
struct Column<Record>: Sendable {
    var header: String
    var value: @Sendable (Record) -> String

    init(_ header: String, _ value: @escaping @Sendable (Record) -> String) {
        self.header = header
        self.value = value
    }
}

/// Prints records as a table, as CSV or as a JSON array, streaming where the format allows.
final class RecordPrinter<Record: Encodable> {
    private let format: OutputFormat
    private let columns: [Column<Record>]
    private var tableRows: [[String]] = []
    private var count = 0
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    init(_ format: OutputFormat, columns: [Column<Record>]) {
        self.format = format
        self.columns = columns
        if format == .csv { emit(columns.map(\.header).map(csvField).joined(separator: ",")) }
    }

    /// Adds one record: CSV and JSON print it at once, a table once every width is known.
    func add(_ record: Record) throws {
        switch format {
        case .table: tableRows.append(columns.map { GUIDCase.lowercased($0.value(record)) })
        case .csv: emit(columns.map { csvField(GUIDCase.lowercased($0.value(record))) }.joined(separator: ","))
        case .json:
            let json = GUIDCase.lowercasingGUIDs(inJSON: String(decoding: try encoder.encode(record), as: UTF8.self))
            emit((count == 0 ? "[\n" : ",\n") + json, newline: false)
        }
        count += 1
    }

    /// Ends the output.
    func finish() {
        switch format {
        case .json: emit(count == 0 ? "[]" : "\n]")
        case .csv: break
        case .table:
            let headers = columns.map(\.header)
            let widths = headers.indices.map { index in
                ([headers[index]] + tableRows.map { $0[index] }).map(\.count).max() ?? 0
            }
            func line(_ cells: [String]) -> String {
                zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
            }
            emit(line(headers))
            emit(line(widths.map { String(repeating: "-", count: $0) }))
            for row in tableRows { emit(line(row)) }
        }
    }

    private func emit(_ text: String, newline: Bool = true) {
        FileHandle.standardOutput.write(Data((newline ? text + "\n" : text).utf8))
    }

}

/// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
///
/// A value a spreadsheet would run as a formula (one that starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return) gets a leading `'`, as OWASP's CSV injection advice says, so that a ticket subject
/// such as `=HYPERLINK(…)` opens as text.
func csvField(_ value: String) -> String {
    var value = value
    if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
