import Foundation

/// Every failure the SDK reports.
///
/// HTTP failures carry an ``IIQHTTPFailure`` that says what was called (operation, method, path),
/// what came back (status, IIQ's own `Message`, `ErrorKey` and `Errors`, a short body excerpt) and,
/// through ``description``, what to do about it. No case ever contains the API token.
///
/// ```swift
/// do {
///     let ticket = try await client.tickets.get(id)
/// } catch IIQError.notFound {
///     // no such ticket
/// } catch IIQError.rateLimited(let retryAfter, _) {
///     // wait retryAfter, then try again
/// }
/// ```
public enum IIQError: Error, Sendable {
    /// 401: the token is missing, invalid or expired. Live tenants also answer 401 for some
    /// permission problems.
    case unauthorized(IIQHTTPFailure)
    /// 403: the token's user lacks the right for this operation.
    case forbidden(IIQHTTPFailure)
    /// 404: no such entity, or no such route.
    case notFound(IIQHTTPFailure)
    /// 429: too many requests. `retryAfter` is the server's `Retry-After`, when it sent one.
    case rateLimited(retryAfter: Duration?, IIQHTTPFailure)
    /// 400 or 422: IIQ refused the request; ``IIQHTTPFailure/errors`` holds its field errors.
    case validation(IIQHTTPFailure)
    /// A 5xx status.
    case server(IIQHTTPFailure)
    /// Any other non-2xx status.
    case unexpectedStatus(IIQHTTPFailure)
    /// A 2xx whose envelope carries `Errors` or `ErrorKey`: IIQ reports soft validation errors with 200.
    case apiError(IIQHTTPFailure)
    /// A 2xx with an empty body where IIQ always sends JSON.
    case emptyResponse(IIQHTTPFailure)
    /// A response that is not JSON, such as an HTML page from IIS or a proxy.
    case unexpectedContentType(IIQHTTPFailure)
    /// JSON that does not have the expected shape. Carries the coding path and expected type, never field values.
    case decoding(IIQDecodingFailure)
    /// The response body passed the transport's size cap.
    case responseTooLarge(limit: Int, IIQRequestSummary)
    /// The request failed on the way: no connection, a timeout, a refused redirect.
    case transport(IIQTransportFailure)
    /// A setting failed validation. Nothing was sent.
    case invalidConfiguration(IIQConfigurationIssue)
    /// An argument failed validation before anything was sent, such as a ticket with no requestor.
    case invalidArgument(IIQArgumentIssue)
    /// The token's `exp` has passed. Make a new token under Admin > Developer Tools.
    case tokenExpired(expiredAt: Date)
    /// The task was cancelled; no further request was sent.
    case cancelled
    /// A paged walk met a server that misbehaves: it repeated a page or kept growing past the bound.
    case pagination(IIQPaginationFailure)
}

extension IIQError {
    /// The HTTP failure, for the cases that carry one.
    public var httpFailure: IIQHTTPFailure? {
        switch self {
        case .unauthorized(let failure), .forbidden(let failure), .notFound(let failure),
            .rateLimited(_, let failure), .validation(let failure), .server(let failure),
            .unexpectedStatus(let failure), .apiError(let failure), .emptyResponse(let failure),
            .unexpectedContentType(let failure):
            return failure
        default:
            return nil
        }
    }

    /// The HTTP status, when a response arrived.
    public var status: Int? { httpFailure?.status }
}
