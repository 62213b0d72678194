import Foundation
import Synchronization

/// Where one response's decode reports what it skipped and read as `nil`.
///
/// The models' lenient reads live in `KeyedDecodingContainer` overloads, which any decoder calls and
/// which cannot reach their decoder, so the log travels as a task-local value: the SDK sets it
/// around each decode (``record(_:requestedID:_:)``), and the overloads read it only when a value
/// fails, never on the fast path. Without a log in scope, fields still read as `nil`, unreported, and
/// a list fails on its first bad record as before.
final class DecodingLog: Sendable {
    /// The id a `get(id)` asked for: used, and reported, when the item lacks its own.
    struct RequestedID: Sendable {
        var entity: ObjectIdentifier
        var uuid: UUID
    }

    private struct State {
        var drifts: [IIQFieldDrift] = []
        var skipped: [IIQSkippedRecord] = []
        /// Every drift and skip ever reported, never decreasing: dropping a nested drift for an
        /// outer one still counts as a report.
        var reports = 0
    }

    @TaskLocal static var current: DecodingLog?

    let requestedID: RequestedID?
    private let state = Mutex(State())

    init(requestedID: RequestedID? = nil) {
        self.requestedID = requestedID
    }

    var drifts: [IIQFieldDrift] { state.withLock { $0.drifts } }
    var skipped: [IIQSkippedRecord] { state.withLock { $0.skipped } }

    /// How many drifts and skips the log in scope has been told of so far; 0 without a log. A decode
    /// that leaves it unchanged reported nothing.
    static var reportCount: Int { current?.state.withLock { $0.reports } ?? 0 }

    /// Runs `body` with a fresh log in scope and returns what it decoded with the log.
    static func record<R>(requestedID: RequestedID? = nil, _ body: () throws -> R) rethrows -> (R, DecodingLog) {
        let log = DecodingLog(requestedID: requestedID)
        let result = try $current.withValue(log) { try body() }
        return (result, log)
    }

    // MARK: Reporting

    /// Reports a field at `path` read as `nil` because reading it as `expected` threw `error`.
    static func drift(_ error: any Error, at path: [any CodingKey], expected: Any.Type) {
        drift(DecodingProblem(error).problem, at: path, expected: expected)
    }

    /// Reports a field at `path` read as `nil` for `problem`. Drifts reported inside that field
    /// (a nested object that then failed whole) are dropped: each drift is reported once, at the
    /// outermost field that read as `nil`.
    static func drift(_ problem: String, at path: [any CodingKey], expected: Any.Type) {
        guard let log = current else { return }
        let text = DecodingProblem.path(path)
        let drift = IIQFieldDrift(
            position: DecodingProblem.position(in: path), codingPath: text,
            expectedType: DecodingProblem.typeName(expected),
            problem: problem)
        log.state.withLock { state in
            while let last = state.drifts.last, last.codingPath.hasPrefix(text),
                last.codingPath.count == text.count
                    || ".[".contains(Self.character(in: last.codingPath, at: text.count))
            {
                state.drifts.removeLast()
            }
            state.drifts.append(drift)
            state.reports += 1
        }
    }

    /// Reports the record at `position` of `Items` as skipped for `error`, dropping any drift
    /// reported inside it.
    static func skip(position: Int, id: String?, error: any Error, listKey: any CodingKey) -> Bool {
        guard let log = current else { return false }
        let problem = DecodingProblem(error)
        let prefix = DecodingProblem.path([listKey, IndexKey(position)])
        log.state.withLock { state in
            state.drifts.removeAll { $0.position == position && $0.codingPath.hasPrefix(prefix) }
            state.reports += 1
            state.skipped.append(
                IIQSkippedRecord(
                    position: position, id: id, codingPath: problem.codingPath ?? prefix, problem: problem.problem))
        }
        return true
    }

    private static func character(in text: String, at offset: Int) -> Character {
        let utf8 = text.utf8
        guard offset < utf8.count else { return " " }
        return Character(Unicode.Scalar(utf8[utf8.index(utf8.startIndex, offsetBy: offset)]))
    }
}

/// A `DecodingError` in words, without values.
struct DecodingProblem {
    var problem: String
    var codingPath: String?

    init(_ error: any Error) {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            problem = "missing key \(key.stringValue)"
            codingPath = Self.path(context.codingPath + [key])
        case DecodingError.typeMismatch(_, let context):
            problem = "wrong type"
            codingPath = Self.path(context.codingPath)
        case DecodingError.valueNotFound(_, let context):
            problem = "null value"
            codingPath = Self.path(context.codingPath)
        case DecodingError.dataCorrupted(let context):
            problem = "not a valid value"
            codingPath = Self.path(context.codingPath)
        default:
            problem = "unreadable value"
            codingPath = nil
        }
    }

    /// `Items[3].CreatedDate`.
    static func path(_ codingPath: [any CodingKey]) -> String { ResponseInterpreter.path(codingPath) }

    /// The position in `Items` a path starts with, if it does.
    static func position(in path: [any CodingKey]) -> Int? {
        guard path.count >= 2, path[0].stringValue == "Items" else { return nil }
        return path[1].intValue
    }

    /// `Date`, `IIQLocation`, `Array<IIQAsset.ID>`: the type without its module.
    static func typeName(_ type: Any.Type) -> String {
        String(describing: type)
    }
}
