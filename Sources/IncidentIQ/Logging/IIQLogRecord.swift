/// Receives one ``IIQLogRecord`` per request. Set it as ``IIQConfiguration/logHandler``.
///
/// It is called on the task that made the request, so keep it quick; hand records to your
/// logging system (swift-log, OSLog, print) from here.
public typealias IIQLogHandler = @Sendable (IIQLogRecord) -> Void

/// What the SDK records about one HTTP exchange. It never holds a credential or a body.
public struct IIQLogRecord: Sendable, Hashable, CustomStringConvertible {
    /// The SDK operation, such as `tickets.search`.
    public var operation: String
    /// The HTTP method.
    public var method: IIQHTTPMethod
    /// The request path, percent-encoded, without the query.
    public var path: String
    /// The HTTP status, or `nil` when no response arrived.
    public var status: Int?
    /// Which attempt this was, starting at 1.
    public var attempt: Int
    /// How long the exchange took.
    public var duration: Duration
    /// The failure, in the words of ``IIQError/description``, when the exchange failed.
    public var failure: String?
    /// How long the client waits before it tries again, when this exchange failed and will be
    /// retried: the policy's backoff, or the server's `Retry-After` (which also pauses every other
    /// request of the client). `nil` when the exchange succeeded or the failure is final.
    public var retryDelay: Duration?
    /// Records of this response's list that could not be decoded and were left out.
    ///
    /// A response whose decode skipped a record or read a field as `nil` gets a second record after
    /// its exchange's, with the same operation, path and status, `attempt` 1, the decode time as
    /// ``duration``, and these lists filled; every other record has them empty.
    public var skippedRecords: [IIQSkippedRecord] = []
    /// Fields of this response that read as `nil` because their values drifted.
    public var fieldDrifts: [IIQFieldDrift] = []

    /// Creates a record.
    public init(
        operation: String, method: IIQHTTPMethod, path: String, status: Int?, attempt: Int, duration: Duration,
        failure: String? = nil
    ) {
        self.operation = operation
        self.method = method
        self.path = path
        self.status = status
        self.attempt = attempt
        self.duration = duration
        self.failure = failure
    }

    /// `operation METHOD path -> status (duration, attempt n)`, then the failure and the wait before
    /// the retry when there are any.
    public var description: String {
        var text = "\(operation) \(method) \(path) -> \(status.map(String.init) ?? "no response")"
        text += " (\(duration), attempt \(attempt))"
        if let failure { text += ": \(failure)" }
        if let retryDelay { text += "; retrying in \(retryDelay)" }
        if !skippedRecords.isEmpty || !fieldDrifts.isEmpty {
            text += ": decoded with \(skippedRecords.count) records skipped, \(fieldDrifts.count) fields read as nil"
        }
        return text
    }
}
