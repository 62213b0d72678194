import Foundation
import IncidentIQ
import Synchronization

/// A transport for tests: answers from a closure or a queue of scripted responses, and records
/// every request it receives.
///
/// ```swift
/// let mock = MockTransport(responses: [.json(#"{"Item": {"TicketId": "…"}}"#)])
/// let client = try IIQClient(token: token, transport: mock)
/// _ = try await client.tickets.get(id)
/// #expect(mock.requests.first?.method == .get)
/// ```
public final class MockTransport: IIQTransport {
    /// Produces the response to one request.
    public typealias Responder = @Sendable (IIQHTTPRequest) async throws -> IIQHTTPResponse

    private struct State {
        var requests: [IIQHTTPRequest] = []
        var queue: [Result<IIQHTTPResponse, MockTransportError>] = []
    }

    private let state = Mutex(State())
    private let responder: Responder?

    /// A transport that answers every request with `responder`.
    public init(responder: @escaping Responder) {
        self.responder = responder
    }

    /// A transport that answers requests with `responses`, in order, then fails with
    /// ``MockTransportError/noResponseQueued(_:)``.
    public init(responses: [IIQHTTPResponse] = []) {
        self.responder = nil
        state.withLock { $0.queue = responses.map { .success($0) } }
    }

    /// Adds a response to the end of the queue.
    public func enqueue(_ response: IIQHTTPResponse) {
        state.withLock { $0.queue.append(.success(response)) }
    }

    /// Adds a connection failure to the end of the queue: the request fails with no response.
    public func enqueueConnectionFailure() {
        state.withLock { $0.queue.append(.failure(.connectionFailed)) }
    }

    /// Every request received so far, in order.
    public var requests: [IIQHTTPRequest] { state.withLock { $0.requests } }

    /// The most recent request, if any.
    public var lastRequest: IIQHTTPRequest? { state.withLock { $0.requests.last } }

    /// How many requests were received.
    public var requestCount: Int { state.withLock { $0.requests.count } }

    /// Records `request` and answers it.
    public func send(_ request: IIQHTTPRequest) async throws -> IIQHTTPResponse {
        let next = state.withLock { state -> Result<IIQHTTPResponse, MockTransportError>? in
            state.requests.append(request)
            guard responder == nil else { return nil }
            return state.queue.isEmpty ? .failure(.noResponseQueued(request.description)) : state.queue.removeFirst()
        }
        if let responder { return try await responder(request) }
        return try (next ?? .failure(.noResponseQueued(request.description))).get()
    }
}

/// Why ``MockTransport`` could not answer.
public enum MockTransportError: Error, Sendable, Hashable {
    /// The queue was empty when this request (method and URL) arrived.
    case noResponseQueued(String)
    /// A scripted connection failure.
    case connectionFailed
}
