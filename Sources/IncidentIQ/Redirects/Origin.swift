import Foundation

/// Scheme, host and port: what a redirect must keep to be followed.
struct Origin: Hashable, Sendable, CustomStringConvertible {
    var scheme: String
    var host: String
    var port: Int

    init(scheme: String, host: String, port: Int?) {
        self.scheme = scheme.lowercased()
        self.host = host.lowercased()
        self.port = port ?? Self.defaultPort(for: self.scheme)
    }

    init(_ url: URL) {
        self.init(scheme: url.scheme ?? "", host: url.host ?? "", port: url.port)
    }

    static func defaultPort(for scheme: String) -> Int {
        scheme == "https" ? 443 : scheme == "http" ? 80 : -1
    }

    /// `scheme://host:port`.
    var description: String { "\(scheme)://\(host):\(port)" }
}
