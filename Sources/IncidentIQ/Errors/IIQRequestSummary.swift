/// What was being called when something failed: enough to find the call, never a credential.
public struct IIQRequestSummary: Sendable, Hashable, CustomStringConvertible {
    /// The SDK operation, such as `tickets.search`.
    public var operation: String
    /// The HTTP method.
    public var method: IIQHTTPMethod
    /// The request path, percent-encoded, without the query.
    public var path: String

    /// Creates a summary.
    public init(operation: String, method: IIQHTTPMethod, path: String) {
        self.operation = operation
        self.method = method
        self.path = path
    }

    /// `operation (METHOD path)`.
    public var description: String { "\(operation) (\(method) \(path))" }
}
