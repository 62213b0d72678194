import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The session's delegate: collects each task's body under the size cap, refuses encodings it did not
/// ask for, hands redirects back to the client, and resumes the caller's continuation exactly once.
final class SessionDelegate: NSObject, URLSessionDataDelegate, Sendable {
    private struct Exchange {
        var continuation: CheckedContinuation<IIQHTTPResponse, any Error>
        var body = Data()
        var fault: IIQTransportFault?
    }

    private let exchanges = Mutex<[Int: Exchange]>([:])
    private let maximumResponseSize: Int

    init(maximumResponseSize: Int) {
        self.maximumResponseSize = maximumResponseSize
    }

    func register(_ task: URLSessionTask, continuation: CheckedContinuation<IIQHTTPResponse, any Error>) {
        exchanges.withLock { $0[task.taskIdentifier] = Exchange(continuation: continuation) }
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
        if let encoding = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Encoding"),
            !Self.isAccepted(encoding)
        {
            refuse(dataTask, .unsupportedContentEncoding(encoding))
            completionHandler(.cancel)
            return
        }
        if response.expectedContentLength > Int64(maximumResponseSize) {
            refuse(dataTask, .responseTooLarge(limit: maximumResponseSize))
            completionHandler(.cancel)
            return
        }
        if response.expectedContentLength > 0 {
            let length = Int(response.expectedContentLength)
            exchanges.withLock { $0[dataTask.taskIdentifier]?.body.reserveCapacity(length) }
        }
        completionHandler(.allow)
    }

    /// Only what ``URLSessionTransport`` asks for: no encoding, `identity`, or one layer of gzip.
    /// Anything else, `gzip, gzip` included, could expand past the cap in ways the SDK cannot count.
    static func isAccepted(_ encoding: String) -> Bool {
        let value = encoding.trimmingCharacters(in: .whitespaces).lowercased()
        return value.isEmpty || value == "identity" || value == "gzip" || value == "x-gzip"
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
        if overflow { refuse(dataTask, .responseTooLarge(limit: maximumResponseSize)) }
    }

    /// Records `fault`, drops the body so far, and cancels the task. Chunks that still arrive are dropped.
    private func refuse(_ task: URLSessionTask, _ fault: IIQTransportFault) {
        exchanges.withLock { exchanges in
            guard exchanges[task.taskIdentifier]?.fault == nil else { return }
            exchanges[task.taskIdentifier]?.fault = fault
            exchanges[task.taskIdentifier]?.body = Data()
        }
        // Delegate calls run on the session's own queue on Linux (see InlineDelegateQueue), and
        // `cancel()` waits for that queue: cancel from elsewhere.
        DispatchQueue.global().async { task.cancel() }
    }

    /// Redirects are the client's to follow, under one policy for every transport: hand the 3xx back.
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
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
