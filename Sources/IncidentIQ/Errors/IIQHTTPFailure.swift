/// The facts about an HTTP failure: what was called, what came back.
public struct IIQHTTPFailure: Sendable, Hashable {
    /// What was called.
    public var request: IIQRequestSummary
    /// The HTTP status.
    public var status: Int
    /// IIQ's `Message`, when the body was IIQ JSON.
    public var message: String?
    /// IIQ's `ErrorKey`, when the body was IIQ JSON.
    public var errorKey: String?
    /// IIQ's `Errors`, when the body was IIQ JSON.
    public var errors: [IIQAPIMessage]
    /// The response's `Content-Type`.
    public var contentType: String?
    /// A request id from the response headers, when the server sent one.
    public var requestID: String?
    /// The start of the body, at most ``excerptLimit`` characters, with the token scrubbed out.
    public var bodyExcerpt: String
    /// The scope family the operation needs, such as `tickets:write`.
    public var requiredScope: String?

    /// The longest body excerpt kept.
    public static let excerptLimit = 300

    /// Creates a failure.
    public init(
        request: IIQRequestSummary, status: Int, message: String? = nil, errorKey: String? = nil,
        errors: [IIQAPIMessage] = [], contentType: String? = nil, requestID: String? = nil,
        bodyExcerpt: String = "", requiredScope: String? = nil
    ) {
        self.request = request
        self.status = status
        self.message = message
        self.errorKey = errorKey
        self.errors = errors
        self.contentType = contentType
        self.requestID = requestID
        self.bodyExcerpt = bodyExcerpt
        self.requiredScope = requiredScope
    }
}
