import IncidentIQ
import Logging

// The SDK has no dependencies, so it logs through a plain closure, `IIQConfiguration.logHandler`.
// This is the whole bridge to swift-log; copy it into your own program.

extension Logger {
    /// An ``IIQLogHandler`` that logs each HTTP exchange of an `IIQClient` to this logger: a success at
    /// `debug`, a failed attempt (one the client may retry after a wait) at `warning`. Records never hold
    /// the token or a body.
    ///
    /// ```swift
    /// var configuration = try IIQConfiguration.fromEnvironment()
    /// configuration.logHandler = Logger(label: "iiq").iiqLogHandler()
    /// ```
    func iiqLogHandler() -> IIQLogHandler {
        let logger = self
        return { record in
            let level: Logger.Level = record.failure == nil && record.skippedRecords.isEmpty ? .debug : .warning
            logger.log(level: level, "\(record)")
        }
    }
}
