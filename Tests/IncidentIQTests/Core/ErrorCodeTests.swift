import Foundation
import IncidentIQ
import IncidentIQTesting
import Testing

/// The public shape of `IIQError`, through the public API only (no `@testable`): codes, properties,
/// and the patterns `catch` sites use.
@Suite("IIQError: codes and context")
struct ErrorCodeTests {
    private func client(_ response: IIQHTTPResponse) throws -> IIQClient {
        try IIQClient(token: IIQTestToken.make(), transport: MockTransport(responses: [response]))
    }

    @Test("A 429 reads as a code, a status, a retry-after and a request, and matches in catch clauses")
    func rateLimited() async throws {
        let client = try client(
            .json(#"{"Message":"Slow down."}"#, status: 429, headers: [("Retry-After", "7")]))
        do {
            _ = try await client.tickets.statuses(options: IIQRequestOptions(retryPolicy: .never))
            Issue.record("expected a failure")
        } catch IIQError.Code.rateLimited {
            // The pattern form; the properties are read below from a typed catch.
        } catch {
            Issue.record("the code pattern did not match \(error)")
        }
        let again = try self.client(.json(#"{"Message":"Slow down."}"#, status: 429, headers: [("Retry-After", "7")]))
        do {
            _ = try await again.tickets.statuses(options: IIQRequestOptions(retryPolicy: .never))
        } catch let error where error.code == .rateLimited {
            #expect(error.status == 429)
            #expect(error.retryAfter == .seconds(7))
            #expect(error.message == "Slow down.")
            #expect(error.request?.operation == "tickets.statuses")
            #expect(error.httpFailure?.status == 429)
            #expect(error.decodingFailure == nil && error.transportFailure == nil)
        } catch {
            Issue.record("expected rateLimited, got \(error)")
        }
    }

    @Test("Validation errors carry IIQ's field messages")
    func validation() async throws {
        let client = try client(
            .json(#"{"Message":"Invalid.","Errors":[{"Field":"Subject","Message":"Required."}]}"#, status: 422))
        do {
            _ = try await client.tickets.statuses()
            Issue.record("expected a failure")
        } catch {
            #expect(error.code == .validation)
            #expect(error.apiMessages.map(\.description) == ["Subject: Required."])
            #expect(error.retryAfter == nil)
        }
    }

    @Test("Errors made before sending carry their issue and no request")
    func beforeSending() throws {
        do {
            _ = try IIQClient(token: "not a token")
            Issue.record("expected a failure")
        } catch {
            #expect(error.code == .invalidConfiguration)
            #expect(error.configurationIssue != nil)
            #expect(error.request == nil && error.status == nil)
            #expect(!(IIQError.Code.notFound ~= error))
        }
    }

    @Test("Every code has its own name, and the factories make the code they are named for")
    func codesAreDistinct() {
        let request = IIQRequestSummary(operation: "x.y", method: .get, path: "/x")
        let http = IIQHTTPFailure(request: request, status: 500)
        let made: [(IIQError, IIQError.Code)] = [
            (.unauthorized(http), .unauthorized), (.forbidden(http), .forbidden), (.notFound(http), .notFound),
            (.rateLimited(retryAfter: nil, http), .rateLimited), (.validation(http), .validation),
            (.server(http), .server), (.unexpectedStatus(http), .unexpectedStatus), (.apiError(http), .apiError),
            (.emptyResponse(http), .emptyResponse), (.unexpectedContentType(http), .unexpectedContentType),
            (.responseTooLarge(limit: 10, request), .responseTooLarge),
            (.tokenExpired(expiredAt: Date()), .tokenExpired),
            (.cancelled, .cancelled),
        ]
        for (error, code) in made { #expect(error.code == code, "\(code)") }
        #expect(Set(made.map(\.1.name)).count == made.count)
        #expect(IIQError.responseTooLarge(limit: 10, request).responseSizeLimit == 10)
        #expect(IIQError.responseTooLarge(limit: 10, request).request?.path == "/x")
    }
}
