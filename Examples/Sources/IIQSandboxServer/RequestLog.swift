import Foundation
import Hummingbird
import Logging

/// The sandbox server's request log: one line per request, with no header and no secret.
enum RequestLog {
    /// Query parameters whose values could hold a credential, by lowercased name fragment.
    static let secretNames = ["token", "key", "auth", "secret", "password", "jwt", "signature", "code", "session"]

    /// Logs `METHOD path status duration` at `info`.
    static func log(_ request: Request, status: Int?, since start: ContinuousClock.Instant, to logger: Logger) {
        let milliseconds = (ContinuousClock.now - start) / .milliseconds(1)
        let duration = String(format: "%.1fms", milliseconds)
        logger.info(
            "\(request.method.rawValue) \(redacted(request.uri.string)) \(status.map(String.init) ?? "failed") \(duration)"
        )
    }

    /// `uri` with the value of every query parameter that could hold a secret replaced by `REDACTED`, and
    /// any value that looks like a JWT too.
    static func redacted(_ uri: String) -> String {
        guard let mark = uri.firstIndex(of: "?") else { return uri }
        let path = uri[..<mark]
        let pairs = uri[uri.index(after: mark)...].split(separator: "&", omittingEmptySubsequences: false).map { pair in
            guard let equals = pair.firstIndex(of: "=") else { return String(pair) }
            let name = pair[..<equals].lowercased()
            let value = pair[pair.index(after: equals)...]
            let secret =
                secretNames.contains { name.contains($0) } || value.hasPrefix("eyJ")
                || value.lowercased().hasPrefix("bearer")
            return secret ? "\(pair[..<equals])=REDACTED" : String(pair)
        }
        return path + "?" + pairs.joined(separator: "&")
    }
}
