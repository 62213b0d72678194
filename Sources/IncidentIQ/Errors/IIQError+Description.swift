import Foundation

extension IIQError: CustomStringConvertible, CustomDebugStringConvertible, LocalizedError {
    /// A message that says what failed and what to do about it. It never contains the token.
    public var description: String {
        switch detail {
        case .unauthorized(let failure):
            return failure.summary("Unauthorized (401)")
                + ". The token is missing, invalid or expired (some tenants also answer 401 when the token's user"
                + " lacks a permission). Make a new token under Admin > Developer Tools."
        case .forbidden(let failure):
            let right =
                failure.requiredScope.flatMap(IIQError.rightInWords).map { " the right to \($0)" } ?? " the right"
            return failure.summary("Forbidden (403)")
                + ". The token's user is not allowed to do this. Incident IQ grants rights through the user's role,"
                + " not the token: ask an administrator to give that role\(right) (Administration > Roles), or use a"
                + " token made by a user whose role has it."
        case .notFound(let failure):
            return failure.summary("Not found (404)")
                + ". The entity does not exist, or the route is unknown to this tenant."
        case .rateLimited(let retryAfter, let failure):
            let wait = retryAfter.map { " Retry after \(IIQError.seconds($0))." } ?? " Slow down and retry later."
            return failure.summary("Rate limited (429)") + "." + wait
        case .validation(let failure):
            return failure.summary("Rejected (\(failure.status))")
                + ". Incident IQ refused the request; fix the fields it names."
        case .server(let failure):
            return failure.summary("Server error (\(failure.status))")
                + ". Incident IQ failed; this is usually transient."
        case .unexpectedStatus(let failure):
            return failure.summary("Unexpected status \(failure.status)")
        case .apiError(let failure):
            return failure.summary("Incident IQ reported an error with status \(failure.status)")
        case .emptyResponse(let failure):
            return failure.summary("Empty response (\(failure.status))") + ". Incident IQ always answers with JSON."
        case .unexpectedContentType(let failure):
            let type = failure.contentType ?? "no content type"
            return failure.summary("Not JSON (\(failure.status), \(type))")
                + ". A proxy, IIS or a sign-in page answered instead of the API; check the base URL."
        case .decoding(let failure):
            return "Could not decode the response of \(failure.request): \(failure.problem) at"
                + " \(failure.codingPath.isEmpty ? "the top level" : failure.codingPath) (expected \(failure.expectedType))."
        case .responseTooLarge(let limit, let request):
            return "The response of \(request) passed the size cap of \(limit) bytes."
                + " Ask for smaller pages, or raise URLSessionTransport.Configuration.maximumResponseSize."
        case .transport(let failure):
            let text = "The request \(failure.request) failed (\(failure.kind.rawValue)): \(failure.underlying)"
            return text.trimmingCharacters(in: CharacterSet(charactersIn: ". ")) + "." + failure.nextStep
        case .invalidConfiguration(let issue):
            return issue.description
        case .invalidArgument(let issue):
            return issue.description
        case .tokenExpired(let expiredAt):
            return "The API token expired on \(expiredAt.formatted(.iso8601))."
                + " Make a new token under Admin > Developer Tools."
        case .cancelled:
            return "The call was cancelled before it finished; no further request was sent."
        case .pagination(let failure):
            switch failure.reason {
            case .repeatedPage(let pageIndex):
                return
                    "Paging \(failure.operation) stopped: the server answered page \(pageIndex) with the page before it,"
                    + " so it ignores $p. Narrow the search so one page holds it, or report the endpoint."
            case .pageLimitExceeded(let limit):
                return "Paging \(failure.operation) stopped after \(limit) pages, the bound on one walk."
                    + " Narrow the search with filters, or raise the query's maximumPages."
            }
        }
    }

    /// The same as ``description``.
    public var debugDescription: String { "IIQError: " + description }

    /// The same as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }

    /// The operation family and access a scope such as `tickets:write` stands for, in words
    /// ("edit tickets"); nil for a scope the SDK did not declare. Incident IQ does not publish its
    /// role rights' names, so a 403 describes the right instead of naming one.
    static func rightInWords(_ scope: String) -> String? {
        let parts = scope.split(separator: ":")
        guard parts.count == 2, ["tickets", "assets", "users", "locations"].contains(String(parts[0])) else {
            return nil
        }
        switch parts[1] {
        case "read": return "view \(parts[0])"
        case "write": return "edit \(parts[0])"
        default: return nil
        }
    }

    static func seconds(_ duration: Duration) -> String {
        duration.seconds.formatted(.number.precision(.fractionLength(0...3))) + " s"
    }
}

extension IIQHTTPFailure {
    /// `Title from operation (METHOD path): Message; errors. Body: excerpt`.
    func summary(_ title: String) -> String {
        var text = "\(title) from \(request)"
        var details: [String] = []
        if let message, !message.isEmpty { details.append(message) }
        if let errorKey, !errorKey.isEmpty, !errors.contains(where: { $0.errorKey == errorKey }) {
            details.append("ErrorKey \(errorKey)")
        }
        details += errors.map(\.description)
        // IIQ's messages end in a period; the joins and the sentence after add their own.
        let trimmed = details.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ". ")) }.filter { !$0.isEmpty }
        if !trimmed.isEmpty { text += ": " + trimmed.joined(separator: "; ") }
        if let requestID { text += " [request id \(requestID)]" }
        if trimmed.isEmpty, !bodyExcerpt.isEmpty { text += ". Body: \(bodyExcerpt)" }
        return text
    }
}

extension IIQTransportFailure {
    /// What to check next, for the kinds where the underlying message does not say it.
    var nextStep: String {
        switch kind {
        case .connection:
            " Check the host name in the base URL, the network, and any proxy between this machine and Incident IQ."
        case .tls:
            " Check the system's CA certificates and any proxy that inspects TLS."
        default:
            ""
        }
    }
}
