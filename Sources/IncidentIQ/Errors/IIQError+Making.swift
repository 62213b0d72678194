import Foundation

// Errors are made with these, as `throw .notFound(failure)`. They are public so that a test double
// of a user's own (a transport, a fake client) can produce exactly what the SDK produces.
extension IIQError {
    /// A 401 answer.
    public static func unauthorized(_ failure: IIQHTTPFailure) -> IIQError { IIQError(.unauthorized(failure)) }
    /// A 403 answer.
    public static func forbidden(_ failure: IIQHTTPFailure) -> IIQError { IIQError(.forbidden(failure)) }
    /// A 404 answer.
    public static func notFound(_ failure: IIQHTTPFailure) -> IIQError { IIQError(.notFound(failure)) }
    /// A 429 answer, with the server's `Retry-After` when it sent one.
    public static func rateLimited(retryAfter: Duration?, _ failure: IIQHTTPFailure) -> IIQError {
        IIQError(.rateLimited(retryAfter: retryAfter, failure))
    }
    /// A 400 or 422 answer.
    public static func validation(_ failure: IIQHTTPFailure) -> IIQError { IIQError(.validation(failure)) }
    /// A 5xx answer.
    public static func server(_ failure: IIQHTTPFailure) -> IIQError { IIQError(.server(failure)) }
    /// Any other non-2xx answer.
    public static func unexpectedStatus(_ failure: IIQHTTPFailure) -> IIQError { IIQError(.unexpectedStatus(failure)) }
    /// A 2xx whose envelope carries `Errors` or `ErrorKey`.
    public static func apiError(_ failure: IIQHTTPFailure) -> IIQError { IIQError(.apiError(failure)) }
    /// A 2xx with an empty body.
    public static func emptyResponse(_ failure: IIQHTTPFailure) -> IIQError { IIQError(.emptyResponse(failure)) }
    /// A response that is not JSON.
    public static func unexpectedContentType(_ failure: IIQHTTPFailure) -> IIQError {
        IIQError(.unexpectedContentType(failure))
    }
    /// JSON without the expected shape.
    public static func decoding(_ failure: IIQDecodingFailure) -> IIQError { IIQError(.decoding(failure)) }
    /// A body past the size cap of `limit` bytes.
    public static func responseTooLarge(limit: Int, _ request: IIQRequestSummary) -> IIQError {
        IIQError(.responseTooLarge(limit: limit, request))
    }
    /// A failure on the way: no connection, a timeout, a refused redirect.
    public static func transport(_ failure: IIQTransportFailure) -> IIQError { IIQError(.transport(failure)) }
    /// A setting that failed validation.
    public static func invalidConfiguration(_ issue: IIQConfigurationIssue) -> IIQError {
        IIQError(.invalidConfiguration(issue))
    }
    /// An argument that failed validation.
    public static func invalidArgument(_ issue: IIQArgumentIssue) -> IIQError { IIQError(.invalidArgument(issue)) }
    /// A token whose `exp` passed at `expiredAt`.
    public static func tokenExpired(expiredAt: Date) -> IIQError { IIQError(.tokenExpired(expiredAt: expiredAt)) }
    /// A cancelled call.
    public static let cancelled = IIQError(.cancelled)
    /// A walk stopped by a misbehaving server.
    public static func pagination(_ failure: IIQPaginationFailure) -> IIQError { IIQError(.pagination(failure)) }
}
