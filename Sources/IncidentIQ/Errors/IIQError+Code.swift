extension IIQError {
    /// What kind of failure an ``IIQError`` is. New codes may come in a minor release, so a `switch`
    /// over codes needs a `default`.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code's name, such as `notFound`.
        public let name: String

        private init(_ name: String) {
            self.name = name
        }

        /// The name, such as `notFound`.
        public var description: String { name }

        /// 401: the token is missing, invalid or expired. Live tenants also answer 401 for some
        /// permission problems.
        public static let unauthorized = Code("unauthorized")
        /// 403: the token's user lacks the right for this operation.
        public static let forbidden = Code("forbidden")
        /// 404: no such entity, or no such route.
        public static let notFound = Code("notFound")
        /// 429: too many requests; ``IIQError/retryAfter`` holds the server's `Retry-After`.
        public static let rateLimited = Code("rateLimited")
        /// 400 or 422: IIQ refused the request; ``IIQError/apiMessages`` holds its field errors.
        public static let validation = Code("validation")
        /// A 5xx status.
        public static let server = Code("server")
        /// Any other non-2xx status.
        public static let unexpectedStatus = Code("unexpectedStatus")
        /// A 2xx whose envelope carries `Errors` or `ErrorKey`: IIQ reports soft validation errors
        /// with 200.
        public static let apiError = Code("apiError")
        /// A 2xx with an empty body where IIQ always sends JSON.
        public static let emptyResponse = Code("emptyResponse")
        /// A response that is not JSON, such as an HTML page from IIS, a proxy or a sign-in page.
        public static let unexpectedContentType = Code("unexpectedContentType")
        /// JSON without the expected shape; ``IIQError/decodingFailure`` says where.
        public static let decoding = Code("decoding")
        /// The response body passed the transport's size cap (``IIQError/responseSizeLimit``).
        public static let responseTooLarge = Code("responseTooLarge")
        /// The request failed on the way: no connection, a timeout, a refused redirect.
        public static let transport = Code("transport")
        /// A setting failed validation. Nothing was sent.
        public static let invalidConfiguration = Code("invalidConfiguration")
        /// An argument failed validation before anything was sent.
        public static let invalidArgument = Code("invalidArgument")
        /// The token's `exp` has passed (``IIQError/tokenExpiry``). Nothing was sent.
        public static let tokenExpired = Code("tokenExpired")
        /// The task was cancelled; no further request was sent.
        public static let cancelled = Code("cancelled")
        /// A paged walk met a server that misbehaves (``IIQError/paginationFailure``).
        public static let pagination = Code("pagination")
    }

}

extension IIQError.Code {
    /// Matches an error against a code in a `catch` or `case` pattern:
    /// `catch IIQError.Code.notFound { … }`.
    public static func ~= (code: IIQError.Code, error: IIQError) -> Bool { error.code == code }

    /// Matches any error against a code, for an untyped `catch`: true only for an ``IIQError`` with
    /// that code.
    public static func ~= (code: IIQError.Code, error: any Error) -> Bool { (error as? IIQError)?.code == code }
}
