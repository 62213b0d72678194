import Foundation

/// One HTTP response, as an ``IIQTransport`` returns it.
public struct IIQHTTPResponse: Sendable, Hashable {
    /// The HTTP status code.
    public var status: Int
    /// The header fields, looked up case-insensitively.
    public var headers: IIQHTTPHeaders
    /// The body bytes, already decompressed.
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: IIQHTTPHeaders = IIQHTTPHeaders(), body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The `Content-Type` header, if present.
    public var contentType: String? { headers["Content-Type"] }
}

extension IIQHTTPResponse: CustomStringConvertible {
    /// The status and body size; the body itself is left out.
    public var description: String { "HTTP \(status) (\(body.count) bytes)" }
}
