/// A request that failed before a complete response arrived.
public struct IIQTransportFailure: Sendable, Hashable {
    /// The kind of failure.
    public enum Kind: String, Sendable, Hashable {
        /// The connection could not be made or was lost.
        case connection
        /// The request timed out.
        case timedOut
        /// TLS failed: certificate or handshake.
        case tls
        /// A redirect to another scheme, host or port was refused, or there were too many redirects.
        case redirectRefused
        /// The response used a `Content-Encoding` the transport refuses, such as `br` or `gzip, gzip`.
        case unsupportedContentEncoding
        /// The request was cancelled.
        case cancelled
        /// Anything else.
        case other
    }

    /// What was called.
    public var request: IIQRequestSummary
    /// The kind of failure.
    public var kind: Kind
    /// The underlying error's description, with the token scrubbed out.
    public var underlying: String

    /// Creates a failure.
    public init(request: IIQRequestSummary, kind: Kind, underlying: String) {
        self.request = request
        self.kind = kind
        self.underlying = underlying
    }
}
