import Foundation

/// One HTTP request, as the client hands it to an ``IIQTransport``.
///
/// Printing a request never shows the token: its headers redact `Authorization`.
public struct IIQHTTPRequest: Sendable, Hashable {
    /// The request method.
    public var method: IIQHTTPMethod
    /// The absolute URL, with path and query already percent-encoded.
    public var url: URL
    /// The header fields.
    public var headers: IIQHTTPHeaders
    /// The body, if any.
    public var body: Data?
    /// How long the transport may wait for the response, if the client set a bound.
    public var timeout: Duration?

    /// Creates a request.
    public init(
        method: IIQHTTPMethod, url: URL, headers: IIQHTTPHeaders = IIQHTTPHeaders(), body: Data? = nil,
        timeout: Duration? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The URL's path, still percent-encoded as sent.
    public var path: String { url.path(percentEncoded: true) }

    /// The query items, decoded, in order; empty when there is no query.
    public var queryItems: [(name: String, value: String)] {
        guard let query = url.query(percentEncoded: true), !query.isEmpty else { return [] }
        return query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
            let raw = parts.count > 1 ? String(parts[1]) : ""
            return (name, raw.removingPercentEncoding ?? raw)
        }
    }

    /// The decoded value of the first query item named `name`.
    public func queryValue(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }
}

extension IIQHTTPRequest: CustomStringConvertible {
    /// The method and URL; headers and body are left out.
    public var description: String { "\(method) \(url.absoluteString)" }
}
