import Foundation
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Scheme, host and port: what a redirect must keep to be followed.
struct Origin: Hashable, Sendable {
    var scheme: String
    var host: String
    var port: Int

    init(_ url: URL) {
        scheme = url.scheme?.lowercased() ?? ""
        host = url.host?.lowercased() ?? ""
        port = url.port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : -1)
    }
}

/// The session's delegate: collects each task's body under the size cap, decides redirects, and
/// resumes the caller's continuation exactly once.
final class SessionDelegate: NSObject, URLSessionDataDelegate, Sendable {
    private struct Exchange {
        var continuation: CheckedContinuation<IIQHTTPResponse, any Error>
        var origin: Origin
        var body = Data()
        var redirects = 0
        var fault: TransportFault?
    }

    private let exchanges = Mutex<[Int: Exchange]>([:])
    private let maximumResponseSize: Int
    private let maximumRedirects: Int

    init(maximumResponseSize: Int, maximumRedirects: Int) {
        self.maximumResponseSize = maximumResponseSize
        self.maximumRedirects = maximumRedirects
    }

    func register(
        _ task: URLSessionTask, origin: Origin, continuation: CheckedContinuation<IIQHTTPResponse, any Error>
    ) {
        exchanges.withLock { $0[task.taskIdentifier] = Exchange(continuation: continuation, origin: origin) }
    }

    /// Ends an exchange that never started.
    func fail(_ task: URLSessionTask, with error: any Error) {
        let exchange = exchanges.withLock { $0.removeValue(forKey: task.taskIdentifier) }
        exchange?.continuation.resume(throwing: error)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        if response.expectedContentLength > Int64(maximumResponseSize) {
            tooLarge(dataTask)
            completionHandler(.cancel)
            return
        }
        if response.expectedContentLength > 0 {
            let length = Int(response.expectedContentLength)
            exchanges.withLock { $0[dataTask.taskIdentifier]?.body.reserveCapacity(length) }
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflow = exchanges.withLock { exchanges -> Bool in
            // Read and appended through the dictionary's storage, never through a copy of the
            // exchange: a copy would share the body's buffer, and every chunk would then copy the
            // whole body so far.
            guard let index = exchanges.index(forKey: dataTask.taskIdentifier),
                exchanges.values[index].fault == nil
            else { return false }
            guard exchanges.values[index].body.count + data.count <= maximumResponseSize else { return true }
            exchanges.values[index].body.append(data)
            return false
        }
        if overflow { tooLarge(dataTask) }
    }

    private func tooLarge(_ task: URLSessionTask) {
        exchanges.withLock { exchanges in
            exchanges[task.taskIdentifier]?.fault = .responseTooLarge(limit: maximumResponseSize)
            exchanges[task.taskIdentifier]?.body = Data()
        }
        task.cancel()
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        let target = request.url.map(Origin.init)
        let refusal = exchanges.withLock { exchanges -> String? in
            guard var exchange = exchanges[task.taskIdentifier] else { return "unknown task" }
            let reason: String?
            if target != exchange.origin {
                reason = "a redirect to another scheme, host or port was refused, so the credentials stay with"
                    + " \(exchange.origin.host) (status \(response.statusCode))"
            } else if exchange.redirects >= maximumRedirects {
                reason = "more than \(maximumRedirects) redirects"
            } else {
                reason = nil
                exchange.redirects += 1
            }
            if let reason { exchange.fault = .redirectRefused(reason) }
            exchanges[task.taskIdentifier] = exchange
            return reason
        }
        if refusal != nil {
            completionHandler(nil)
            task.cancel()
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let exchange = exchanges.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
        if let fault = exchange.fault {
            exchange.continuation.resume(throwing: fault)
        } else if let error {
            exchange.continuation.resume(throwing: error)
        } else if let http = task.response as? HTTPURLResponse {
            var headers = IIQHTTPHeaders()
            for (name, value) in http.allHeaderFields {
                headers.add(name: String(describing: name), value: String(describing: value))
            }
            exchange.continuation.resume(
                returning: IIQHTTPResponse(status: http.statusCode, headers: headers, body: exchange.body))
        } else {
            exchange.continuation.resume(throwing: URLError(.badServerResponse))
        }
    }
}
