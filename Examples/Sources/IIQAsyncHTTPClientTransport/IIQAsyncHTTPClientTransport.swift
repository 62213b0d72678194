import AsyncHTTPClient
import Foundation
import IncidentIQ
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix
import Synchronization

/// An ``IncidentIQ/IIQTransport`` over AsyncHTTPClient, the server-side Swift HTTP client built on SwiftNIO.
///
/// Use it on a server, or wherever the process already runs SwiftNIO: it shares event loops with
/// the rest of the process, streams bodies with backpressure, and does not go through
/// FoundationNetworking and libcurl. The client treats it like any transport: redirects, the
/// per-attempt timeout and the whole-call deadline are enforced by ``IncidentIQ/IIQClient`` above
/// it. This file adds its own bounds below the client:
///
/// - **Redirects are never followed here.** AsyncHTTPClient is configured with
///   `redirectConfiguration: .disallow`, so a 3xx comes back as it is, `Location` included, and
///   the client's redirect rules decide.
/// - **Memory is bounded.** At most ``Configuration/maximumResponseSize`` bytes of decoded body are
///   ever held. The body is read as a stream with backpressure and counted as it arrives; gzip is
///   decompressed with a limit of the same size, so a gzip bomb stops at the cap.
/// - **Only gzip.** The transport asks for `Accept-Encoding: gzip` and refuses any other
///   `Content-Encoding`, stacked ones such as `gzip, gzip` included, with
///   ``IncidentIQ/IIQTransportFault/unsupportedContentEncoding(_:)``.
/// - **The timeout is total.** ``IncidentIQ/IIQHTTPRequest/timeout`` (or ``Configuration/timeout``)
///   bounds the whole exchange, body included, to the millisecond; AsyncHTTPClient's own deadline
///   covers only the wait for the response head. Cancelling the calling task cancels the request.
///
/// ## Lifecycle
///
/// A transport made with ``init(configuration:eventLoopGroup:)`` owns its `HTTPClient`: call
/// ``shutdown()`` once you are done with it, or scope it with
/// ``withTransport(configuration:eventLoopGroup:_:)``. A transport made with
/// ``init(borrowing:configuration:)`` uses your `HTTPClient` and never shuts it down.
///
/// ```swift
/// try await IIQAsyncHTTPClientTransport.withTransport { transport in
///     let client = try IIQClient(configuration: .fromEnvironment(), transport: transport)
///     for try await asset in client.assets.search() { print(asset.assetTag ?? "-") }
/// }
/// ```
///
/// Nothing this transport prints, throws or logs contains a request header: AsyncHTTPClient is
/// given no logger, and errors are mapped to values that carry none.
public final class IIQAsyncHTTPClientTransport: IIQTransport {
    /// Settings for the transport and the `HTTPClient` it owns.
    public struct Configuration: Sendable, Hashable {
        /// The largest body accepted, in bytes, counted after decompression. Defaults to 32 MiB.
        public var maximumResponseSize: Int
        /// The total time one exchange may take when the request carries no timeout. Defaults to 30 seconds.
        public var timeout: Duration
        /// How long to wait for a connection to open. Defaults to 10 seconds.
        public var connectTimeout: Duration
        /// How long an idle connection stays in the pool. Defaults to 60 seconds.
        public var idleConnectionTimeout: Duration

        /// Creates settings; every argument has the documented default.
        public init(
            maximumResponseSize: Int = 32 << 20, timeout: Duration = .seconds(30),
            connectTimeout: Duration = .seconds(10),
            idleConnectionTimeout: Duration = .seconds(60)
        ) {
            self.maximumResponseSize = maximumResponseSize
            self.timeout = timeout
            self.connectTimeout = connectTimeout
            self.idleConnectionTimeout = idleConnectionTimeout
        }
    }

    /// A borrowed `HTTPClient` did something this transport requires it never to do.
    ///
    /// Thrown when a borrowed client followed a redirect (it must be made with
    /// `redirectConfiguration: .disallow`, as ``httpClientConfiguration(for:)`` does).
    public struct MisconfiguredHTTPClient: Error, Sendable, Hashable, CustomStringConvertible {
        /// What the client did, in words.
        public let reason: String

        /// The reason.
        public var description: String { reason }
    }

    /// The settings this transport was made with.
    public let configuration: Configuration
    private let client: HTTPClient
    private let ownsClient: Bool
    /// Whether ``shutdown()`` has run; an owned client is shut down once, here or in `deinit`.
    private let isShutDown = Atomic<Bool>(false)

    /// Creates a transport that owns a new `HTTPClient` made for the SDK.
    ///
    /// Call ``shutdown()`` when you are done with it. If you forget, `deinit` starts the shutdown
    /// without waiting for it, so that AsyncHTTPClient does not trap in debug builds; open
    /// connections then close in the background.
    ///
    /// - Parameters:
    ///   - configuration: Size cap and timeouts.
    ///   - eventLoopGroup: The event loops to run on; defaults to AsyncHTTPClient's shared group.
    public init(
        configuration: Configuration = Configuration(),
        eventLoopGroup: any EventLoopGroup = HTTPClient.defaultEventLoopGroup
    ) {
        self.configuration = configuration
        self.client = HTTPClient(
            eventLoopGroup: eventLoopGroup, configuration: Self.httpClientConfiguration(for: configuration))
        self.ownsClient = true
    }

    /// Creates a transport that sends through `client`, which you keep and shut down yourself.
    ///
    /// `client` must not follow redirects (the client's redirect rules could not apply, and a
    /// redirect followed by AsyncHTTPClient is caught only after it was sent). Make it from
    /// ``httpClientConfiguration(for:)``, changing only what the SDK does not rely on, such as TLS
    /// or a proxy. A response that shows a followed redirect fails with ``MisconfiguredHTTPClient``,
    /// and a gzip body the client did not decompress fails as an unsupported encoding.
    ///
    /// - Parameters:
    ///   - client: The `HTTPClient` to send through; it must outlive this transport.
    ///   - configuration: Size cap and timeouts; its connection settings are unused.
    public init(borrowing client: HTTPClient, configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.client = client
        self.ownsClient = false
    }

    deinit {
        if ownsClient, !isShutDown.exchange(true, ordering: .acquiringAndReleasing) {
            // AsyncHTTPClient keeps itself alive until this shutdown completes.
            client.shutdown { _ in }
        }
    }

    /// Shuts down the `HTTPClient` this transport owns, waiting for its connections to close.
    ///
    /// Requests sent afterwards fail. Calling it again, or on a transport that borrows its
    /// client, does nothing.
    public func shutdown() async throws {
        guard ownsClient, !isShutDown.exchange(true, ordering: .acquiringAndReleasing) else { return }
        try await client.shutdown()
    }

    /// Runs `body` with a new transport and shuts the transport down afterwards, even when `body` throws.
    ///
    /// - Parameters:
    ///   - configuration: Size cap and timeouts.
    ///   - eventLoopGroup: The event loops to run on; defaults to AsyncHTTPClient's shared group.
    ///   - body: The work that uses the transport.
    /// - Returns: What `body` returns.
    public static func withTransport<Result: Sendable>(
        configuration: Configuration = Configuration(),
        eventLoopGroup: any EventLoopGroup = HTTPClient.defaultEventLoopGroup,
        _ body: (IIQAsyncHTTPClientTransport) async throws -> Result
    ) async throws -> Result {
        let transport = IIQAsyncHTTPClientTransport(configuration: configuration, eventLoopGroup: eventLoopGroup)
        let result: Result
        do {
            result = try await body(transport)
        } catch {
            try? await transport.shutdown()
            throw error
        }
        try await transport.shutdown()
        return result
    }

    /// The `HTTPClient` settings this transport relies on: no redirects, gzip decompressed with a
    /// limit of the size cap, and the configured connect and idle timeouts.
    ///
    /// Start from these when you make an `HTTPClient` to lend to ``init(borrowing:configuration:)``.
    ///
    /// - Parameter configuration: The transport settings the client will serve.
    /// - Returns: A configuration for `HTTPClient`.
    public static func httpClientConfiguration(for configuration: Configuration) -> HTTPClient.Configuration {
        var settings = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: HTTPClient.Configuration.Timeout(connect: TimeAmount(configuration.connectTimeout), read: nil),
            connectionPool: HTTPClient.Configuration.ConnectionPool(
                idleTimeout: TimeAmount(configuration.idleConnectionTimeout)),
            decompression: .enabled(limit: .size(Swift.max(configuration.maximumResponseSize, 0)))
        )
        settings.httpVersion = .automatic
        return settings
    }

    /// Sends `request` and returns the response for any status, 3xx included, without following it.
    ///
    /// - Throws: ``IncidentIQ/IIQTransportFault`` for a body past the cap or an encoding that was not
    ///   asked for; `URLError` with `.timedOut` when the request's timeout passes, and with
    ///   `.cannotConnectToHost` or `.networkConnectionLost` for connection failures;
    ///   `CancellationError` when the calling task is cancelled.
    public func send(_ request: IIQHTTPRequest) async throws -> IIQHTTPResponse {
        let limit = request.timeout ?? configuration.timeout
        guard limit > .zero else { throw URLError(.timedOut) }
        let outgoing = Self.outgoing(request)
        let client = self.client
        let cap = configuration.maximumResponseSize
        // The exchange and a timer race in tasks of their own, and the first to end answers the
        // caller, who never waits for the loser: AsyncHTTPClient's deadline stops at the response
        // head, and a late cancellation must not stretch the bound.
        let race = Race()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                guard race.install(continuation) else { return }
                let exchange = Task {
                    do {
                        race.finish(
                            .success(
                                try await Self.exchange(
                                    outgoing, through: client, deadline: .now() + TimeAmount(limit), cap: cap)))
                    } catch {
                        race.finish(.failure(error))
                    }
                }
                let timer = Task {
                    try? await Task.sleep(for: limit)
                    if !Task.isCancelled { race.finish(.failure(URLError(.timedOut))) }
                }
                race.attach([exchange, timer])
            }
        } onCancel: {
            race.finish(.failure(CancellationError()))
        }
    }

    /// One exchange's race: the caller's continuation, resumed once by whichever of the exchange,
    /// the timer and the caller's cancellation ends first, which also cancels the others.
    private final class Race: Sendable {
        private struct State {
            var continuation: CheckedContinuation<IIQHTTPResponse, any Error>?
            var result: Result<IIQHTTPResponse, any Error>?
            var tasks: [Task<Void, Never>] = []
        }

        private let state = Mutex(State())

        /// Keeps the continuation; resumes it at once and returns `false` if the race already ended.
        func install(_ continuation: CheckedContinuation<IIQHTTPResponse, any Error>) -> Bool {
            let early = state.withLock { state -> Result<IIQHTTPResponse, any Error>? in
                if let result = state.result { return result }
                state.continuation = continuation
                return nil
            }
            guard let early else { return true }
            continuation.resume(with: early)
            return false
        }

        /// Keeps the tasks so the end of the race can cancel them; cancels them now if it already ended.
        func attach(_ tasks: [Task<Void, Never>]) {
            let ended = state.withLock { state -> Bool in
                if state.result != nil { return true }
                state.tasks = tasks
                return false
            }
            if ended {
                for task in tasks { task.cancel() }
            }
        }

        /// Ends the race with `result`, unless it already ended.
        func finish(_ result: Result<IIQHTTPResponse, any Error>) {
            let (continuation, tasks) = state.withLock { state in
                guard state.result == nil else {
                    return (CheckedContinuation<IIQHTTPResponse, any Error>?.none, [Task<Void, Never>]())
                }
                state.result = result
                defer {
                    state.continuation = nil
                    state.tasks = []
                }
                return (state.continuation, state.tasks)
            }
            for task in tasks { task.cancel() }
            continuation?.resume(with: result)
        }
    }

    // MARK: - One exchange

    private static func outgoing(_ request: IIQHTTPRequest) -> HTTPClientRequest {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method.rawValue)
        for field in request.headers.fields {
            outgoing.headers.add(name: field.name, value: field.value)
        }
        // gzip is what IIQ's multi-megabyte pages need, and the one encoding this transport decodes.
        outgoing.headers.replaceOrAdd(name: "Accept-Encoding", value: "gzip")
        if let body = request.body {
            // A ByteBuffer body can be sent again; AsyncHTTPClient would not follow a redirect with
            // it anyway, since redirects are disallowed, but the client may re-send the request.
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        return outgoing
    }

    private static func exchange(
        _ request: HTTPClientRequest, through client: HTTPClient, deadline: NIODeadline, cap: Int
    ) async throws -> IIQHTTPResponse {
        do {
            let response = try await client.execute(request, deadline: deadline)
            if response.history.count > 1 {
                throw MisconfiguredHTTPClient(
                    reason: "the borrowed HTTPClient followed a redirect; make it with redirectConfiguration: .disallow"
                )
            }
            let decompressed = try checkEncoding(response.headers)
            if !decompressed, let length = declaredLength(response.headers), length > cap {
                throw IIQTransportFault.responseTooLarge(limit: cap)
            }
            var body = Data()
            if !decompressed, let length = declaredLength(response.headers) { body.reserveCapacity(length) }
            for try await chunk in response.body {
                guard chunk.readableBytes <= cap - body.count else {
                    throw IIQTransportFault.responseTooLarge(limit: cap)
                }
                body.append(contentsOf: chunk.readableBytesView)
            }
            // A cancelled stream may end early rather than throw; never return a cut body as whole.
            try Task.checkCancellation()
            if decompressed, body.starts(with: [0x1f, 0x8b]) {
                // gzip inside gzip, or a borrowed client that does not decompress.
                throw IIQTransportFault.unsupportedContentEncoding("gzip (the body is still gzip-compressed)")
            }
            var headers = IIQHTTPHeaders()
            for (name, value) in response.headers {
                headers.add(name: name, value: value)
            }
            return IIQHTTPResponse(status: Int(response.status.code), headers: headers, body: body)
        } catch {
            throw mapped(error, cap: cap)
        }
    }

    /// Checks `Content-Encoding` and says whether AsyncHTTPClient decompressed the body.
    ///
    /// AsyncHTTPClient decompresses when the first coding is `gzip` or `deflate`; only a lone
    /// `gzip` (or none, or `identity`) is accepted, so what it decoded is exactly what was sent.
    private static func checkEncoding(_ headers: HTTPHeaders) throws -> Bool {
        let values = headers["Content-Encoding"]
        let codings = values.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
        switch codings {
        case [], ["identity"]: return false
        case ["gzip"]: return true
        default: throw IIQTransportFault.unsupportedContentEncoding(values.joined(separator: ", "))
        }
    }

    /// The `Content-Length`, when there is exactly one and it is a plain non-negative number.
    private static func declaredLength(_ headers: HTTPHeaders) -> Int? {
        let values = headers["Content-Length"]
        guard values.count == 1, let length = Int(values[0].trimmingCharacters(in: .whitespaces)), length >= 0 else {
            return nil
        }
        return length
    }

    /// Maps AsyncHTTPClient's and NIO's errors to errors the client knows, without their text.
    private static func mapped(_ error: any Error, cap: Int) -> any Error {
        switch error {
        case is IIQTransportFault, is CancellationError, is URLError, is MisconfiguredHTTPClient:
            return error
        case let error as NIOHTTPDecompression.DecompressionError where error == .limit:
            return IIQTransportFault.responseTooLarge(limit: cap)
        case is NIOHTTPDecompression.DecompressionError, is NIOHTTPDecompression.ExtraDecompressionError:
            return URLError(.cannotDecodeContentData)
        case let error as HTTPClientError:
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .getConnectionFromPoolTimeout,
                .tlsHandshakeTimeout:
                return URLError(.timedOut)
            case .cancelled:
                return CancellationError()
            case .remoteConnectionClosed, .bodyLengthMismatch, .uncleanShutdown:
                return URLError(.networkConnectionLost)
            default:
                return error
            }
        case is NIOConnectionError:
            return URLError(.cannotConnectToHost)
        case is ChannelError, is IOError:
            return URLError(.networkConnectionLost)
        default:
            return error
        }
    }
}
