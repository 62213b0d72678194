/// Sends one HTTP request and returns its response.
///
/// The SDK builds every request (URL, IIQ headers, JSON body) and hands it to a transport.
/// ``URLSessionTransport`` is the default; `IncidentIQTesting` ships `MockTransport` and
/// `IIQSandbox` for tests. A custom transport can wrap another HTTP client.
///
/// A transport reports a response for every status code, 4xx and 5xx included: mapping
/// statuses to ``IIQError`` is the client's job. It throws only when no response arrived.
public protocol IIQTransport: Sendable {
    /// Sends `request` and returns the server's response.
    func send(_ request: IIQHTTPRequest) async throws -> IIQHTTPResponse
}
