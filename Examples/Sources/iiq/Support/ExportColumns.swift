import Foundation
import IncidentIQ
import Synchronization

/// A record `export` can write: it encodes as IIQ's JSON and carries custom field values.
protocol ExportableRecord: Encodable, Sendable {
    var customFieldValues: [IIQCustomFieldValue]? { get }
}

extension IIQAsset: ExportableRecord {}
extension IIQTicket: ExportableRecord {}
extension IIQUser: ExportableRecord {}

/// Every column `export` offers for a kind of record: the short named ones, every scalar field of IIQ's
/// JSON (a nested object's fields as `Model.Name`), and every custom field (`Custom.Warranty End`).
struct ExportColumns<Record: ExportableRecord & Equatable> {
    /// The named columns, written when `--columns` is not given.
    var named: [Column<Record>]
    /// The JSON paths of scalar fields, in the order first seen.
    var fieldPaths: [String]
    /// The custom fields' definitions.
    var customFields: IIQCustomFieldDefinitions

    /// The fields of the record being written, flattened once for all its field columns.
    private let flattened = LastFlattened<Record>()

    /// The columns built from `named`, the fields found in `sample` (the first page) and `customFields`.
    init(named: [Column<Record>], sample: [Record], customFields: IIQCustomFieldDefinitions) {
        self.named = named
        self.customFields = customFields
        var seen = Set<String>()
        var paths: [String] = []
        for record in sample {
            for path in FieldFlattener.flatten(record).keys where seen.insert(path).inserted { paths.append(path) }
        }
        fieldPaths = paths.sorted()
    }

    /// Every column's name, in the order `--columns all` writes them.
    var allNames: [String] {
        named.map(\.header) + fieldPaths + customFields.fields.compactMap(\.name).map { "Custom." + $0 }
    }

    /// The columns `selection` names (comma-separated, or `all`); the named ones when it is `nil`.
    func select(_ selection: String?) throws(CommandFailure) -> [Column<Record>] {
        guard let selection else { return named }
        let names =
            selection.trimmingCharacters(in: .whitespaces).lowercased() == "all"
            ? allNames : selection.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return try names.map { name throws(CommandFailure) in try column(named: name) }
    }

    private func column(named name: String) throws(CommandFailure) -> Column<Record> {
        if let column = named.first(where: { $0.header.caseInsensitiveCompare(name) == .orderedSame }) { return column }
        if let path = fieldPaths.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) {
            let fields = flattened
            return Column(path) { fields.of($0)[path] ?? "" }
        }
        if name.lowercased().hasPrefix("custom."), let field = customFields[String(name.dropFirst(7))],
            let fieldName = field.name
        {
            let definitions = customFields
            return Column("Custom." + fieldName) { record in
                guard let entry = definitions.resolve(record.customFieldValues)[field] else { return "" }
                if let text = entry.text { return text }
                return entry.complexValue.map(FieldFlattener.json) ?? ""
            }
        }
        let closest = Suggestions.closest(to: name, among: allNames)
        throw CommandFailure(
            message: "No column is named '\(name.prefix(80))'."
                + (closest.isEmpty ? "" : " Closest: \(closest.joined(separator: ", ")).")
                + " '--columns all' writes every column; '--list-columns' lists them.",
            code: 64)
    }
}

/// The flattened fields of the last record asked about: the columns of one row ask for the same record
/// in turn, so it is encoded once per row, not once per column.
final class LastFlattened<Record: ExportableRecord & Equatable>: Sendable {
    private let last = Mutex<(record: Record, fields: [String: String])?>(nil)

    func of(_ record: Record) -> [String: String] {
        if let fields = last.withLock({ $0?.record == record ? $0?.fields : nil }) { return fields }
        let fields = FieldFlattener.flatten(record)
        last.withLock { $0 = (record, fields) }
        return fields
    }
}

/// IIQ's JSON for a record as scalar fields by dotted path, with every GUID in lowercase.
enum FieldFlattener {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func flatten(_ record: some Encodable) -> [String: String] {
        guard let data = try? encoder.encode(record),
            let value = try? JSONDecoder().decode(IIQJSONValue.self, from: data)
        else { return [:] }
        var fields: [String: String] = [:]
        walk(value, path: "", into: &fields)
        return fields
    }

    private static func walk(_ value: IIQJSONValue, path: String, into fields: inout [String: String]) {
        switch value {
        case .object(let object):
            for (key, child) in object where !key.hasPrefix("$") {
                walk(child, path: path.isEmpty ? key : path + "." + key, into: &fields)
            }
        case .array, .null:
            return
        case .bool(let flag):
            fields[path] = flag ? "true" : "false"
        case .number(let number):
            fields[path] = number == number.rounded() && abs(number) < 9e15 ? String(Int64(number)) : String(number)
        case .string(let text):
            fields[path] = GUIDCase.lowercased(text)
        }
    }

    /// A JSON value as compact text, for a custom field's complex value.
    static func json(_ values: [IIQJSONValue]) -> String {
        guard let data = try? encoder.encode(values) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Writes every GUID in one case, lowercase, as IIQ's own JSON mostly does.
enum GUIDCase {
    /// `text` lowercased when it is exactly a GUID, else unchanged.
    static func lowercased(_ text: String) -> String {
        text.utf8.count == 36 && UUID(uuidString: text) != nil ? text.lowercased() : text
    }

    /// JSON text with every string value that is exactly a GUID lowercased.
    static func lowercasingGUIDs(inJSON text: String) -> String {
        guard
            let expression = try? NSRegularExpression(
                pattern: "\"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\"")
        else { return text }
        let source = text as NSString
        var result = ""
        var last = 0
        for match in expression.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            result += source.substring(with: NSRange(location: last, length: match.range.location - last))
            result += source.substring(with: match.range).lowercased()
            last = match.range.location + match.range.length
        }
        return result + source.substring(from: last)
    }
}

/// Close matches for a mistyped name.
enum Suggestions {
    /// Up to three of `names` nearest to `name` by edit distance, ignoring case, when they are near enough.
    static func closest(to name: String, among names: [String]) -> [String] {
        let lowered = name.lowercased()
        let target = Array(lowered)
        let limit = max(2, target.count / 3)
        var scored: [(name: String, distance: Int)] = []
        for candidate in names {
            let distance = distance(target, Array(candidate.lowercased()))
            if distance <= limit || candidate.lowercased().contains(lowered) { scored.append((candidate, distance)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        return scored.prefix(3).map { $0.name }
    }

    /// Levenshtein distance.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
