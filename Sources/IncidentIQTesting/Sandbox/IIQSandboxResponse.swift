import IncidentIQ

/// A sandbox answer as a server writes it: the response, and how much of it reaches the wire.
///
/// ``IIQSandbox/send(_:)`` plays a truncated body or a reset connection out in memory;
/// a server that serves the sandbox over HTTP (such as `iiq sandbox serve`) plays them on the socket.
public struct IIQSandboxResponse: Sendable {
    /// How the response reaches the client.
    public enum Delivery: Sendable, Hashable {
        /// All of it.
        case complete
        /// The headers promise the whole body, but the connection closes after this many bytes.
        case truncated(afterBytes: Int)
        /// The connection drops before the response is complete.
        case connectionReset
        /// The body is followed by whitespace up to this many bytes in all.
        case padded(toBytes: Int)
    }

    /// The status, headers and full body.
    public var response: IIQHTTPResponse
    /// How it reaches the client.
    public var delivery: Delivery
}
