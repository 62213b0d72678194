import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Checks what came back before anything is decoded, maps statuses to ``IIQError``, and decodes
/// envelopes. Everything taken from a response passes the ``Redactor`` first.
struct ResponseInterpreter: Sendable {
    let redactor: Redactor
    let tokenExpiry: Date?

    /// Throws unless `response` is a 2xx carrying JSON.
    func check(_ response: IIQHTTPResponse, of operation: IIQOperation, now: Date = Date()) throws(IIQError) {
        let summary = summary(of: operation)
        guard (200..<300).contains(response.status) else {
            throw statusError(response, summary: summary, scope: operation.scope, now: now)
        }
        if response.body.isEmpty || response.body.allSatisfy(Self.isWhitespace) {
            throw .emptyResponse(failure(response, summary: summary, scope: operation.scope))
        }
        if !looksLikeJSON(response) {
            throw .unexpectedContentType(failure(response, summary: summary, scope: operation.scope))
        }
    }

    /// Decodes an envelope and throws ``IIQError/Code/apiError`` when it reports errors despite a 2xx.
    func decode<Envelope: IIQEnvelope>(
        _ type: Envelope.Type, from response: IIQHTTPResponse, of operation: IIQOperation
    ) throws(IIQError) -> Envelope {
        let envelope: Envelope
        do {
            // A caller's own type may keep a container past `init(from:)`, which only
            // Foundation's decoder survives; the SDK's models take the fast path.
            envelope =
                try operation.decodesCallerTypes
                ? IIQJSON.decodeCallerType(Envelope.self, from: response.body)
                : IIQJSON.decode(Envelope.self, from: response.body)
        } catch let error as DecodingError {
            var failure = Self.decodingFailure(error, request: summary(of: operation))
            // A coding path can hold a key taken from the response.
            failure.codingPath = redactor.scrub(failure.codingPath)
            throw .decoding(failure)
        } catch {
            // Only a caller's own `init(from:)` throws something else; name its type, never its text.
            throw .decoding(
                IIQDecodingFailure(
                    request: summary(of: operation), codingPath: "", expectedType: String(describing: Envelope.self),
                    problem: operation.decodesCallerTypes
                        ? "\(Swift.type(of: error)) thrown while decoding" : "invalid JSON"))
        }
        if envelope.status.reportsError {
            var failure = failure(response, summary: summary(of: operation), scope: operation.scope)
            failure.message = envelope.status.message.map(redactor.scrub)
            failure.errorKey = envelope.status.errorKey.map(redactor.scrub)
            failure.errors = (envelope.status.errors ?? []).map(scrub)
            throw .apiError(failure)
        }
        return envelope
    }

    /// Maps an error a transport threw to ``IIQError``.
    func transportError(_ error: any Error, of operation: IIQOperation) -> IIQError {
        let summary = summary(of: operation)
        switch error {
        case let error as IIQError:
            return error
        case is CancellationError:
            return .cancelled
        case let fault as IIQTransportFault:
            if fault.code == .responseTooLarge, let limit = fault.limit {
                return .responseTooLarge(limit: limit, summary)
            }
            let kind: IIQTransportFailure.Kind =
                fault.code == .unsupportedContentEncoding ? .unsupportedContentEncoding : .other
            return .transport(
                IIQTransportFailure(request: summary, kind: kind, underlying: redactor.scrub(fault.reason)))
        case let error as URLError:
            if error.code == .cancelled { return .cancelled }
            return .transport(
                IIQTransportFailure(
                    request: summary, kind: Self.kind(of: error.code),
                    underlying: redactor.scrub("URLError \(error.code.rawValue): \(error.localizedDescription)")))
        default:
            return .transport(
                IIQTransportFailure(
                    request: summary, kind: .other, underlying: redactor.scrub(String(describing: error))))
        }
    }

    /// The error for an item envelope that carries no `Item`.
    func missingItem<Item>(_ type: Item.Type, of operation: IIQOperation) -> IIQError {
        .decoding(
            IIQDecodingFailure(
                request: summary(of: operation), codingPath: "Item", expectedType: String(describing: Item.self),
                problem: "missing key"))
    }

    /// `text` with the token scrubbed out, in every form the ``Redactor`` knows.
    func scrub(_ text: String) -> String { redactor.scrub(text) }

    func summary(of operation: IIQOperation) -> IIQRequestSummary { operation.summary(scrubbedBy: redactor) }

    // MARK: - Status mapping

    private func statusError(_ response: IIQHTTPResponse, summary: IIQRequestSummary, scope: String?, now: Date)
        -> IIQError
    {
        let failure = failure(response, summary: summary, scope: scope)
        switch response.status {
        case 401:
            if let tokenExpiry, tokenExpiry <= now { return .tokenExpired(expiredAt: tokenExpiry) }
            return .unauthorized(failure)
        case 403: return .forbidden(failure)
        case 404: return .notFound(failure)
        case 429:
            let retryAfter =
                response.headers["Retry-After"].flatMap { IIQRetryAfter.parse($0, now: now) }
                ?? retryAfterInBody(response, now: now)
            return .rateLimited(retryAfter: retryAfter, failure)
        case 400, 422: return .validation(failure)
        case 500...599: return .server(failure)
        default: return .unexpectedStatus(failure)
        }
    }

    /// A JSON `retry_after` in a 429 body, as an HTTP-date, an RFC 3339 timestamp or seconds.
    private func retryAfterInBody(_ response: IIQHTTPResponse, now: Date) -> Duration? {
        struct Body: Decodable {
            var retryAfter: String?
            enum CodingKeys: String, CodingKey { case retryAfter = "retry_after" }
        }
        guard looksLikeJSON(response), let text = (try? IIQJSON.decode(Body.self, from: response.body))?.retryAfter
        else { return nil }
        if let duration = IIQRetryAfter.parse(text, now: now) { return duration }
        guard case .date(let date) = IIQDateParser.parse(text) else { return nil }
        let interval = date.timeIntervalSince(now)
        return interval > 0 ? .milliseconds(Int64(Swift.min(interval, 365 * 86_400) * 1000)) : .zero
    }

    /// The facts of a failed response: IIQ's own message when the body is IIQ JSON, and a short excerpt.
    func failure(_ response: IIQHTTPResponse, summary: IIQRequestSummary, scope: String?) -> IIQHTTPFailure {
        var failure = IIQHTTPFailure(
            request: summary, status: response.status, contentType: response.contentType.map(cleanContentType),
            requestID: Self.requestIDHeaders.lazy.compactMap { response.headers[$0] }.first.map(redactor.scrub),
            bodyExcerpt: excerpt(of: response.body), requiredScope: scope)
        if looksLikeJSON(response), let status = try? IIQJSON.decode(EnvelopeStatus.self, from: response.body) {
            failure.message = status.message.map(redactor.scrub)
            failure.errorKey = status.errorKey.map(redactor.scrub)
            failure.errors = (status.errors ?? []).map(scrub)
        }
        return failure
    }

    private static let requestIDHeaders = ["X-Request-Id", "Request-Id", "X-Correlation-Id", "X-Amzn-Trace-Id"]

    private func scrub(_ message: IIQAPIMessage) -> IIQAPIMessage {
        IIQAPIMessage(
            errorKey: message.errorKey.map(redactor.scrub), field: message.field.map(redactor.scrub),
            message: message.message.map(redactor.scrub))
    }

    /// The first characters of a body, whitespace collapsed, token scrubbed before and after the cut.
    ///
    /// The text read is long enough to hold a token that starts inside the excerpt in any escaped
    /// form, so the first scrub sees it whole; the second catches what a cut leaves of one.
    func excerpt(of body: Data) -> String {
        let text = String(decoding: body.prefix(IIQHTTPFailure.excerptLimit * 4 + redactor.reach), as: UTF8.self)
        let collapsed = redactor.scrub(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard collapsed.count > IIQHTTPFailure.excerptLimit else { return redactor.scrub(collapsed) }
        return redactor.scrub(String(collapsed.prefix(IIQHTTPFailure.excerptLimit))) + "…"
    }

    /// A `Content-Type` as it may appear in an error: at most 100 characters, token scrubbed after the cut.
    private func cleanContentType(_ value: String) -> String {
        value.count > 100 ? redactor.scrub(String(value.prefix(100))) + "…" : redactor.scrub(value)
    }

    /// JSON by content type or, when the type is missing or generic, by the first byte.
    /// An HTML page is never JSON, whatever its label says.
    private func looksLikeJSON(_ response: IIQHTTPResponse) -> Bool {
        let first = response.body.first(where: { !Self.isWhitespace($0) })
        guard first != UInt8(ascii: "<") else { return false }
        if let type = response.contentType?.lowercased() {
            if type.contains("json") { return true }
            if type.contains("html") || type.contains("xml") { return false }
        }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func kind(of code: URLError.Code) -> IIQTransportFailure.Kind {
        switch code {
        case .timedOut: return .timedOut
        case .secureConnectionFailed, .serverCertificateHasBadDate, .serverCertificateUntrusted,
            .serverCertificateHasUnknownRoot, .serverCertificateNotYetValid, .clientCertificateRejected,
            .clientCertificateRequired:
            return .tls
        case .cannotConnectToHost, .networkConnectionLost, .notConnectedToInternet, .cannotFindHost,
            .dnsLookupFailed, .badServerResponse, .cannotParseResponse,
            // FoundationNetworking on Linux reports a connection cut mid-body ("transfer closed with
            // N bytes remaining") as .unknown; it is a dropped connection, found over real HTTP.
            .unknown:
            return .connection
        case .httpTooManyRedirects, .redirectToNonExistentLocation: return .redirectRefused
        default: return .other
        }
    }

    // MARK: - Decoding errors without values

    static func decodingFailure(_ error: DecodingError, request: IIQRequestSummary) -> IIQDecodingFailure {
        switch error {
        case .keyNotFound(let key, let context):
            return IIQDecodingFailure(
                request: request, codingPath: path(context.codingPath + [key]), expectedType: "a value",
                problem: "missing key")
        case .typeMismatch(let type, let context):
            return IIQDecodingFailure(
                request: request, codingPath: path(context.codingPath), expectedType: String(describing: type),
                problem: "wrong type")
        case .valueNotFound(let type, let context):
            return IIQDecodingFailure(
                request: request, codingPath: path(context.codingPath), expectedType: String(describing: type),
                problem: "null value")
        case .dataCorrupted(let context):
            return IIQDecodingFailure(
                request: request, codingPath: path(context.codingPath),
                expectedType: context.codingPath.isEmpty ? "JSON" : "a valid value",
                problem: context.codingPath.isEmpty ? "invalid JSON" : "corrupt value")
        @unknown default:
            return IIQDecodingFailure(request: request, codingPath: "", expectedType: "JSON", problem: "unknown")
        }
    }

    /// `Items[3].CreatedDate`.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }
}
