import Foundation

/// The side-by-side table: one row per figure, with its baseline, ratio and target.
struct Report {
    struct Row {
        var name: String
        var sdk: String
        var baseline: String
        var ratio: String
        var target: String
        var holds: Bool?
    }

    private(set) var rows: [Row] = []

    mutating func add(_ name: String, sdk: String, baseline: String, ratio: String, target: String, holds: Bool?) {
        rows.append(Row(name: name, sdk: sdk, baseline: baseline, ratio: ratio, target: target, holds: holds))
    }

    func render(date: Date, machine: String) -> String {
        let headers = ["Figure", "SDK", "Baseline", "Ratio", "Target", "Holds"]
        let cells = rows.map {
            [$0.name, $0.sdk, $0.baseline, $0.ratio, $0.target, $0.holds.map { $0 ? "yes" : "NO" } ?? "-"]
        }
        let widths = headers.indices.map { column in
            ([headers[column]] + cells.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ values: [String]) -> String {
            "| "
                + zip(values, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(
                    separator: " | ") + " |"
        }
        var text = "IncidentIQ benchmarks, \(date.ISO8601Format())\nMachine: \(machine)\n\n"
        text += line(headers) + "\n"
        text += "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|\n"
        for row in cells { text += line(row) + "\n" }
        let failed = rows.filter { $0.holds == false }.count
        text += failed == 0 ? "\nEvery target holds.\n" : "\n\(failed) target(s) do not hold.\n"
        return text
    }
}

extension Double {
    func formatted(_ digits: Int) -> String { String(format: "%.\(digits)f", self) }
}
