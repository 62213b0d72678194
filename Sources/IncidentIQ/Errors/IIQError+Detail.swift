import Foundation

extension IIQError {
    /// The failure with the context of its kind. Internal, so that adding a kind never breaks a
    /// user's `switch`; users read ``IIQError/code`` and the properties.
    enum Detail: Sendable {
        case unauthorized(IIQHTTPFailure)
        case forbidden(IIQHTTPFailure)
        case notFound(IIQHTTPFailure)
        case rateLimited(retryAfter: Duration?, IIQHTTPFailure)
        case validation(IIQHTTPFailure)
        case server(IIQHTTPFailure)
        case unexpectedStatus(IIQHTTPFailure)
        case apiError(IIQHTTPFailure)
        case emptyResponse(IIQHTTPFailure)
        case unexpectedContentType(IIQHTTPFailure)
        case decoding(IIQDecodingFailure)
        case responseTooLarge(limit: Int, IIQRequestSummary)
        case transport(IIQTransportFailure)
        case invalidConfiguration(IIQConfigurationIssue)
        case invalidArgument(IIQArgumentIssue)
        case tokenExpired(expiredAt: Date)
        case cancelled
        case pagination(IIQPaginationFailure)

        var code: Code {
            switch self {
            case .unauthorized: .unauthorized
            case .forbidden: .forbidden
            case .notFound: .notFound
            case .rateLimited: .rateLimited
            case .validation: .validation
            case .server: .server
            case .unexpectedStatus: .unexpectedStatus
            case .apiError: .apiError
            case .emptyResponse: .emptyResponse
            case .unexpectedContentType: .unexpectedContentType
            case .decoding: .decoding
            case .responseTooLarge: .responseTooLarge
            case .transport: .transport
            case .invalidConfiguration: .invalidConfiguration
            case .invalidArgument: .invalidArgument
            case .tokenExpired: .tokenExpired
            case .cancelled: .cancelled
            case .pagination: .pagination
            }
        }

        var httpFailure: IIQHTTPFailure? {
            switch self {
            case .unauthorized(let failure), .forbidden(let failure), .notFound(let failure),
                .rateLimited(_, let failure), .validation(let failure), .server(let failure),
                .unexpectedStatus(let failure), .apiError(let failure), .emptyResponse(let failure),
                .unexpectedContentType(let failure):
                failure
            default:
                nil
            }
        }
    }
}
