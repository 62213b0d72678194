import Foundation

/// One call to any Incident IQ route, modelled by the SDK or not: method, path, query, JSON body,
/// and whether it is safe to send twice.
///
/// Send it with ``IIQRawAPI/send(_:as:options:)``, or walk a list route with
/// ``IIQRawAPI/pages(_:of:pageSize:maximumPages:options:)``:
///
/// ```swift
/// let count = IIQRawRequest.post(["assets", "count"], body: ["Filters": []] as IIQJSONValue, safeToRetry: true)
/// let answer = try await client.raw.send(count)
/// ```
///
/// The SDK cannot know what an unmodelled route does, so a raw call is sent once unless you declare
/// it safe to retry (`safeToRetry: true`): declare it for reads and searches, never for a route that
/// creates or changes something, where a retried request could apply twice.
public struct IIQRawRequest: Sendable {
    /// The HTTP method.
    public var method: IIQHTTPMethod
    /// Where the call goes.
    public var path: IIQRawPath
    /// Query parameters, in order; names and values are percent-encoded when sent.
    public var query: [(name: String, value: String)]
    /// Whether sending the call twice is harmless, so a 429, a 5xx or a dropped connection may be
    /// retried under the retry policy. Defaults to `false`.
    public var isSafeToRetry: Bool
    /// The JSON body, or the error encoding it met; the error is thrown when the call is sent.
    var body: Result<Data?, IIQError>

    /// A request with a JSON body encoded from `body` as the SDK encodes its own (IIQ timestamps for
    /// dates); `nil` sends no body. An ``IIQJSONValue`` is sent as it is.
    ///
    /// - Parameters:
    ///   - method: The HTTP method.
    ///   - path: The segments, each encoded on its own; an array literal is a path below the API base URL.
    ///   - query: Query parameters, in order, such as `["$filter": "(RoleId eq '…')"]`.
    ///   - body: Any `Encodable`, such as your own request struct or an ``IIQJSONValue``.
    ///   - safeToRetry: Whether the call may be sent again after a retryable failure. Defaults to `false`.
    public init(
        _ method: IIQHTTPMethod, _ path: IIQRawPath, query: KeyValuePairs<String, String> = [:],
        body: (any Encodable)? = nil, safeToRetry: Bool = false
    ) {
        self.method = method
        self.path = path
        self.query = query.map { (name: $0.key, value: $0.value) }
        self.isSafeToRetry = safeToRetry
        self.body = Self.encode(body)
    }

    /// A `GET` request. Reads are safe to retry, but the SDK still asks you to say so.
    public static func get(
        _ path: IIQRawPath, query: KeyValuePairs<String, String> = [:], safeToRetry: Bool = false
    ) -> IIQRawRequest {
        IIQRawRequest(.get, path, query: query, safeToRetry: safeToRetry)
    }

    /// A `POST` request: a search (safe to retry) or a write (not).
    public static func post(
        _ path: IIQRawPath, query: KeyValuePairs<String, String> = [:], body: (any Encodable)? = nil,
        safeToRetry: Bool = false
    ) -> IIQRawRequest {
        IIQRawRequest(.post, path, query: query, body: body, safeToRetry: safeToRetry)
    }

    /// A `PUT` request.
    public static func put(
        _ path: IIQRawPath, query: KeyValuePairs<String, String> = [:], body: (any Encodable)? = nil,
        safeToRetry: Bool = false
    ) -> IIQRawRequest {
        IIQRawRequest(.put, path, query: query, body: body, safeToRetry: safeToRetry)
    }

    /// A `DELETE` request; a few IIQ routes (`DELETE /custom-fields`) take a body.
    public static func delete(
        _ path: IIQRawPath, query: KeyValuePairs<String, String> = [:], body: (any Encodable)? = nil,
        safeToRetry: Bool = false
    ) -> IIQRawRequest {
        IIQRawRequest(.delete, path, query: query, body: body, safeToRetry: safeToRetry)
    }

    /// The JSON body, as it will be sent; `nil` when there is none or it could not be encoded.
    public var bodyData: Data? { (try? body.get()) ?? nil }

    private static func encode(_ value: (any Encodable)?) -> Result<Data?, IIQError> {
        guard let value else { return .success(nil) }
        do {
            return .success(try IIQJSON.encoder.encode(value))
        } catch {
            return .failure(
                .invalidArgument(
                    IIQArgumentIssue(operation: "raw", argument: "body", reason: "could not be encoded as JSON.")))
        }
    }

    /// The operation the client sends: named `raw`, decoded with Foundation's decoder.
    func operation() throws(IIQError) -> IIQOperation {
        var operation = IIQOperation(path.root == .tenant ? "raw.tenant" : "raw", method, path.segments, query: query)
        operation.body = try body.get()
        operation.isRetrySafe = isSafeToRetry
        operation.startsAtTenantRoot = path.root == .tenant
        operation.decodesCallerTypes = true
        return operation
    }
}

extension IIQRawRequest: CustomStringConvertible {
    /// `METHOD path`, without query values or body, which may hold personal data.
    public var description: String { "\(method) \(path)" }
}
