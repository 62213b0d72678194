/// Sends one HTTP request and returns its response.
///
/// The SDK builds every request (URL, IIQ headers, JSON body) and hands it to a transport.
/// ``URLSessionTransport`` is the default; `IncidentIQTesting` ships `MockTransport` and
/// `IIQSandbox` for tests; the Examples package has one on AsyncHTTPClient (see
/// <doc:ChoosingATransport>). A custom transport can wrap another HTTP client.
///
/// What a transport must do:
/// - Report a response for every status code, 3xx, 4xx and 5xx included: mapping statuses to
///   ``IIQError`` is the client's job. Throw only when no response arrived.
/// - Never follow a redirect. The client follows 3xx responses itself, under one policy for every
///   transport (<doc:RetriesAndReliability#Redirects>).
/// - Bound what it buffers, and throw ``IIQTransportFault`` for a body past its cap or an encoding it
///   refuses.
/// - Stop promptly when its task is cancelled. The client enforces timeouts and deadlines with its own
///   timer and stops waiting for a transport that does not, but a transport that keeps running keeps
///   its connection and memory until it ends.
public protocol IIQTransport: Sendable {
    /// Sends `request` and returns the server's response.
    func send(_ request: IIQHTTPRequest) async throws -> IIQHTTPResponse
}
