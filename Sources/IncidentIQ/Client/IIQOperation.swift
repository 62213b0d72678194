import Foundation

/// One call to the API, described before it is sent: the name errors and logs use, the route,
/// the body, and the scope a 403 names.
struct IIQOperation: Sendable {
    /// The name errors and logs use, such as `tickets.search`.
    var name: String
    var method: IIQHTTPMethod
    /// Path segments below the base URL, unencoded. Each is percent-encoded on its own, so a `/`
    /// in an asset tag cannot change the route.
    var path: [String]
    var query: [(name: String, value: String)] = []
    var body: Data?
    /// The token scope family the operation needs, such as `tickets:write`, named by a 403.
    var scope: String?
    /// Whether sending the operation twice is harmless, so it may be retried. Declared per operation,
    /// not per method: IIQ's POST searches are safe, its POST creates are not. Reads (a `…:read` scope)
    /// are safe; everything else is sent once unless the caller opts in.
    var isRetrySafe: Bool
    /// Headers beyond the standard ones, such as `ApiFlags`.
    var extraHeaders: [(name: String, value: String)] = []
    /// Whether ``path`` starts at the tenant root (the base URL without `/api/v1.0`) instead of the
    /// API base URL: how raw calls reach `/services/…`, `/apps/…` and `/api/v2.0/…`.
    var startsAtTenantRoot = false
    /// Whether the response is decoded into a caller's own types, with Foundation's `JSONDecoder`
    /// (``IIQJSON/decodeCallerType(_:from:)``). ``TapeDecoder``'s lifetime proof covers only the
    /// SDK's own models, so every raw call sets this.
    var decodesCallerTypes = false

    init(
        _ name: String, _ method: IIQHTTPMethod, _ path: [String], query: [(name: String, value: String)] = [],
        scope: String? = nil
    ) {
        self.name = name
        self.method = method
        self.path = path
        self.query = query
        self.scope = scope
        self.isRetrySafe = scope?.hasSuffix(":read") ?? false
    }

    /// The operation with `body` encoded as IIQ JSON.
    func with(body value: some Encodable) throws(IIQError) -> IIQOperation {
        var copy = self
        do {
            copy.body = try IIQJSON.encoder.encode(value)
        } catch {
            throw .invalidArgument(
                IIQArgumentIssue(operation: name, argument: "body", reason: "could not be encoded as JSON."))
        }
        return copy
    }

    /// What errors say was called, with the token scrubbed out of the path: a raw call's segments
    /// are the caller's text, which could hold it.
    func summary(scrubbedBy redactor: Redactor) -> IIQRequestSummary {
        IIQRequestSummary(operation: name, method: method, path: redactor.scrub(encodedPath))
    }

    /// The percent-encoded path, for errors and logs.
    var encodedPath: String { "/" + path.map(PathEncoding.encodeSegment).joined(separator: "/") }
}
