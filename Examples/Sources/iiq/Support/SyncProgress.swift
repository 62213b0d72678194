import Foundation
import IIQSync
import Synchronization

/// `iiq sync`'s progress on stderr: one line per entity, redrawn with its count, total and an ETA
/// when stderr is a terminal, and nothing otherwise (logs stay clean).
final class SyncProgress: Sendable {
    private struct Line {
        var entity: IIQSyncEntity
        var started = ContinuousClock.now
        var lastDrawn: ContinuousClock.Instant?
    }

    private let isTerminal: Bool
    private let line = Mutex<Line?>(nil)

    init(isTerminal: Bool) { self.isTerminal = isTerminal }

    /// Shows one event.
    func show(_ event: IIQSyncEvent) {
        guard isTerminal else { return }
        line.withLock { line in
            switch event {
            case .started(let entity, let sweep):
                line = Line(entity: entity)
                draw("\(entity.table): \(sweep ? "reading everything" : "reading changes")…")
            case .progressed(let entity, let written, let total):
                let now = ContinuousClock.now
                guard var current = line, current.entity == entity else { return }
                if let last = current.lastDrawn, now - last < .milliseconds(100) { return }
                current.lastDrawn = now
                line = current
                draw(Self.progress(entity, written: written, total: total, elapsed: now - current.started))
            case .finished(let report):
                line = nil
                draw(Self.row(report), end: "\n")
            }
        }
    }

    /// Clears a progress line left half-drawn by a failure.
    func stop() {
        guard isTerminal else { return }
        line.withLock { line in
            if line != nil { draw("", end: "") }
            line = nil
        }
    }

    private func draw(_ text: String, end: String = "") {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text + end).utf8))
    }

    /// `assets: 1500 / 50000 (3%), about 1m10s left`.
    static func progress(_ entity: IIQSyncEntity, written: Int, total: Int?, elapsed: Duration) -> String {
        guard let total, total > 0 else { return "\(entity.table): \(written)" }
        let shown = min(written, total)
        var text = "\(entity.table): \(shown) / \(total) (\(shown * 100 / total)%)"
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if shown > 0, seconds > 0.5 {
            let left = seconds * Double(total - shown) / Double(shown)
            text += ", about \(format(seconds: left)) left"
        }
        return text
    }

    /// One entity's line of the summary.
    static func row(_ report: IIQSyncEntityReport) -> String {
        let mode = report.wasSwept ? "full" : "changes"
        let deleted = report.wasSwept && !report.checkedDeletions ? "unchecked" : String(report.markedDeleted)
        let seconds = Double(report.duration.components.seconds) + Double(report.duration.components.attoseconds) / 1e18
        return pad(report.entity.table, 14) + pad(mode, 9) + pad(String(report.written), 10, right: true)
            + pad(deleted, 10, right: true) + pad(String(report.batches), 9, right: true)
            + pad(format(seconds: seconds), 9, right: true)
    }

    /// The summary `iiq sync` prints on stdout.
    static func summary(_ report: IIQSyncReport, database: String) -> String {
        let header =
            pad("entity", 14) + pad("read", 9) + pad("written", 10, right: true)
            + pad("deleted", 10, right: true) + pad("pages", 9, right: true) + pad("time", 9, right: true)
        let seconds = Double(report.duration.components.seconds) + Double(report.duration.components.attoseconds) / 1e18
        let written = report.entities.reduce(0) { $0 + $1.written }
        return ([header] + report.entities.map(row)).joined(separator: "\n")
            + "\nSynced \(written) rows into \(database) in \(format(seconds: seconds))."
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let space = String(repeating: " ", count: max(width - text.count, 1))
        return right ? space + text : text + space
    }

    static func format(seconds: Double) -> String {
        guard seconds.isFinite else { return "?" }
        if seconds < 60 { return String(format: "%.1fs", seconds) }
        let whole = Int(seconds.rounded())
        return whole < 3600 ? "\(whole / 60)m\(whole % 60)s" : "\(whole / 3600)h\(whole % 3600 / 60)m"
    }
}
