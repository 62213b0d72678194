import Logging
import Synchronization

/// Lines logged through ``CapturingLogHandler``, for a test to read.
final class CapturedLines: Sendable {
    private let storage = Mutex<[String]>([])

    var lines: [String] { storage.withLock { $0 } }

    func append(_ line: String) { storage.withLock { $0.append(line) } }

    /// A logger that writes here, at every level.
    func logger(label: String = "test") -> Logger {
        var logger = Logger(label: label, factory: { _ in CapturingLogHandler(sink: self) })
        logger.logLevel = .trace
        return logger
    }
}

/// A swift-log handler that keeps each message, with its metadata, as one line.
struct CapturingLogHandler: LogHandler {
    let sink: CapturedLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
        sink.append("\(event.level) \(event.message)" + (all.isEmpty ? "" : " \(all)"))
    }
}
