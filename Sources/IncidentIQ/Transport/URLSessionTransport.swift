import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The default transport: one `URLSession` (FoundationNetworking on Linux), with no cookies and no cache.
///
/// - It asks for `gzip` and accepts only that (or no encoding): a response in another encoding, or
///   in stacked ones such as `gzip, gzip`, fails with ``IIQTransportFault/Code/unsupportedContentEncoding``.
/// - The body is capped as it arrives, after decompression (``Configuration/maximumResponseSize``,
///   32 MiB by default): a larger body fails with ``IIQError/Code/responseTooLarge``. On Linux the
///   session's delegate runs on libcurl's own thread, so a chunk is counted before the next is read,
///   and the process holds at most the cap plus about one chunk, for a gzip bomb too.
/// - It never follows a redirect: a 3xx comes back to the client, which follows it under the SDK's
///   redirect rules (see <doc:RetriesAndReliability#Redirects>).
/// - It opens up to ``Configuration/maximumConnectionsPerHost`` connections to the tenant, so the
///   session is never what caps the client's pacing or a walk's parallel pages.
/// - Cancelling the calling task cancels the request. The client bounds every attempt and every call
///   with its own timer, because FoundationNetworking's timeout is an idle timer in whole seconds.
public final class URLSessionTransport: IIQTransport {
    /// Settings for the session.
    public struct Configuration: Sendable, Hashable {
        /// The largest body accepted, in bytes, counted after decompression. Defaults to 32 MiB.
        public var maximumResponseSize: Int = 32 * 1024 * 1024
        /// The timeout for a request that does not carry its own. Defaults to 30 seconds.
        ///
        /// FoundationNetworking applies it as an idle timer in whole seconds, so the transport rounds
        /// it up and adds a second: it is a backstop. ``IIQClient`` enforces the exact timeout itself.
        public var timeout: Duration = .seconds(30)
        /// The most connections the session opens to one host (`httpMaximumConnectionsPerHost`).
        /// Defaults to 16.
        ///
        /// URLSession's own default is 6, on macOS and on Linux (where FoundationNetworking passes it
        /// to libcurl as `CURLMOPT_MAX_HOST_CONNECTIONS`): with HTTP/1.1 a request waits for a free
        /// connection, so 6 would cap a client whose pacing allows 8. A transport that ``IIQClient``
        /// makes for itself allows its ``IIQPacing/maximumInFlight``; a larger value only allows
        /// connections, which are opened as requests need them.
        public var maximumConnectionsPerHost: Int = 16

        /// Creates settings with the defaults.
        public init(
            maximumResponseSize: Int = 32 * 1024 * 1024, timeout: Duration = .seconds(30),
            maximumConnectionsPerHost: Int = 16
        ) {
            self.maximumResponseSize = maximumResponseSize
            self.timeout = timeout
            self.maximumConnectionsPerHost = maximumConnectionsPerHost
        }
    }

    /// The settings this transport was made with.
    public let configuration: Configuration
    private let session: URLSession
    private let delegate: SessionDelegate

    /// Creates a transport with its own session.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        let sessionConfiguration = URLSessionConfiguration.ephemeral
        sessionConfiguration.httpCookieStorage = nil
        sessionConfiguration.httpShouldSetCookies = false
        sessionConfiguration.httpCookieAcceptPolicy = .never
        sessionConfiguration.urlCache = nil
        sessionConfiguration.requestCachePolicy = .reloadIgnoringLocalCacheData
        sessionConfiguration.timeoutIntervalForRequest = Self.backstop(configuration.timeout)
        sessionConfiguration.httpMaximumConnectionsPerHost = Swift.max(configuration.maximumConnectionsPerHost, 1)
        delegate = SessionDelegate(maximumResponseSize: configuration.maximumResponseSize)
        #if canImport(FoundationNetworking)
            let queue: OperationQueue? = InlineDelegateQueue()
        #else
            let queue: OperationQueue? = nil
        #endif
        session = URLSession(configuration: sessionConfiguration, delegate: delegate, delegateQueue: queue)
    }

    deinit {
        session.invalidateAndCancel()
    }

    /// Sends `request`, returning the response for any status, 3xx included.
    public func send(_ request: IIQHTTPRequest) async throws -> IIQHTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.httpBody = request.body
        urlRequest.timeoutInterval = Self.backstop(request.timeout ?? configuration.timeout)
        urlRequest.httpShouldHandleCookies = false
        for field in request.headers.fields {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
        }
        if urlRequest.value(forHTTPHeaderField: "Accept-Encoding") == nil {
            urlRequest.setValue("gzip", forHTTPHeaderField: "Accept-Encoding")
        }
        let task = session.dataTask(with: urlRequest)
        let delegate = self.delegate
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                delegate.register(task, continuation: continuation)
                if Task.isCancelled {
                    // Cancelled before the task started: resume here, since the task will never report.
                    delegate.fail(task, with: CancellationError())
                } else {
                    task.resume()
                }
            }
        } onCancel: {
            // Off the cancelling thread: FoundationNetworking's `cancel()` waits for the session's
            // queue, and a cancellation handler must not block a thread of the cooperative pool.
            DispatchQueue.global().async { task.cancel() }
        }
    }

    /// FoundationNetworking keeps `Int(timeoutInterval)` seconds of an idle timer: round up and add a
    /// second, so this backstop never fires before the client's exact timer.
    static func backstop(_ timeout: Duration) -> TimeInterval {
        (Swift.min(Swift.max(timeout.seconds, 0), 86_400).rounded(.up)) + 1
    }
}
