import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The default transport: one `URLSession` (FoundationNetworking on Linux), with no cookies and no cache.
///
/// - The body is capped while it arrives (``Configuration/maximumResponseSize``, 32 MiB by default):
///   a larger body fails with ``IIQError/responseTooLarge(limit:_:)`` without being buffered whole.
/// - A redirect to another scheme, host or port is refused, because Linux URLSession would forward
///   `Authorization` and `SiteId` to the other host. Same-origin redirects are followed at most
///   ``Configuration/maximumRedirects`` times.
/// - Cancelling the calling task cancels the request.
public final class URLSessionTransport: IIQTransport {
    /// Settings for the session.
    public struct Configuration: Sendable, Hashable {
        /// The largest body accepted, in bytes. Defaults to 32 MiB.
        public var maximumResponseSize: Int = 32 * 1024 * 1024
        /// The timeout for a request that does not carry its own. Defaults to 30 seconds.
        public var timeout: Duration = .seconds(30)
        /// The longest a whole transfer may take. Defaults to 5 minutes (Linux would otherwise allow 7 days).
        public var resourceTimeout: Duration = .seconds(300)
        /// How many same-origin redirects are followed. Defaults to 5.
        public var maximumRedirects: Int = 5

        /// Creates settings with the defaults.
        public init(
            maximumResponseSize: Int = 32 * 1024 * 1024, timeout: Duration = .seconds(30),
            resourceTimeout: Duration = .seconds(300), maximumRedirects: Int = 5
        ) {
            self.maximumResponseSize = maximumResponseSize
            self.timeout = timeout
            self.resourceTimeout = resourceTimeout
            self.maximumRedirects = maximumRedirects
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
        sessionConfiguration.timeoutIntervalForRequest = configuration.timeout.seconds
        sessionConfiguration.timeoutIntervalForResource = configuration.resourceTimeout.seconds
        delegate = SessionDelegate(
            maximumResponseSize: configuration.maximumResponseSize, maximumRedirects: configuration.maximumRedirects)
        session = URLSession(configuration: sessionConfiguration, delegate: delegate, delegateQueue: nil)
    }

    deinit {
        session.invalidateAndCancel()
    }

    /// Sends `request`, returning the response for any status.
    public func send(_ request: IIQHTTPRequest) async throws -> IIQHTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.httpBody = request.body
        urlRequest.timeoutInterval = (request.timeout ?? configuration.timeout).seconds
        urlRequest.httpShouldHandleCookies = false
        for field in request.headers.fields {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
        }
        let task = session.dataTask(with: urlRequest)
        let delegate = self.delegate
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                delegate.register(task, origin: Origin(request.url), continuation: continuation)
                if Task.isCancelled {
                    // Cancelled before the task started: resume here, since the task will never report.
                    delegate.fail(task, with: CancellationError())
                } else {
                    task.resume()
                }
            }
        } onCancel: {
            task.cancel()
        }
    }
}
