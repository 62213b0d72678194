// swift-format-ignore-file: AlwaysUseLowerCamelCase

// The Codable types here spell Incident IQ's PascalCase wire names as their property names on purpose,
// as a caller's own plain type does (no CodingKeys), which is what these tests and baselines exercise.
import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Error mapping")
struct ErrorMappingTests {
    /// Sends one GET that the mock answers with `response`, and returns what it threw.
    func failure(for response: IIQHTTPResponse, scope: String? = "tickets:read") async throws -> IIQError? {
        let client = try Fixture.client(MockTransport(responses: [response]))
        return await captureError {
            try await client.action(
                IIQOperation("tickets.get", .get, ["tickets", "42"], scope: scope), options: .default)
        }
    }

    @Test("IIQ's periods and the SDK's joins never make \".;\" or \"..\"", arguments: [400, 401, 403, 404, 500])
    func punctuation(_ status: Int) async throws {
        let body = #"{"Message":"The request is invalid.","Errors":[{"Field":"Subject","Message":"Required."}]}"#
        let text = try #require(try await failure(for: .json(body, status: status))?.description)
        #expect(!text.contains(".;") && !text.contains(".."), "\(text)")
        #expect(text.contains("The request is invalid; Subject: Required"))
    }

    @Test("A connection failure says what to check next")
    func connectionNextStep() async throws {
        let client = try Fixture.client(MockTransport { _ in throw URLError(.cannotConnectToHost) })
        let error = await captureError {
            try await client.action(IIQOperation("tickets.get", .get, ["tickets", "42"]), options: .default)
        }
        guard case .transport(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.kind == .connection)
        #expect(error?.description.contains("Check the host name in the base URL, the network, and any proxy") == true)
    }

    @Test("401 says what is wrong and where to make a new token")
    func unauthorized() async throws {
        let error = try await failure(for: .json(#"{"Message":"Authorization has been denied"}"#, status: 401))
        guard case .unauthorized(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.status == 401)
        #expect(failure.request == IIQRequestSummary(operation: "tickets.get", method: .get, path: "/tickets/42"))
        #expect(failure.message == "Authorization has been denied")
        let text = try #require(error?.description)
        #expect(text.contains("tickets.get") && text.contains("GET /tickets/42"))
        #expect(text.contains("missing, invalid or expired") && text.contains("Admin > Developer Tools"))
    }

    @Test("401 with an expired token becomes tokenExpired")
    func unauthorizedExpired() async throws {
        let token = IIQTestToken.make(expiresAt: Date().addingTimeInterval(0.3))
        let client = try Fixture.client(MockTransport(responses: [.json("{}", status: 401)]), token: token)
        try await Task.sleep(for: .milliseconds(400))
        let error = await captureError { try await client.action(IIQOperation("x", .get, ["x"]), options: .default) }
        guard case .tokenExpired = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
    }

    @Test("403 names the operation and describes the role right in words, never an invented permission name")
    func forbidden() async throws {
        let error = try await failure(for: .json("{}", status: 403), scope: "tickets:write")
        guard case .forbidden(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.requiredScope == "tickets:write")
        let text = try #require(error?.description)
        #expect(text.contains("tickets.get (GET /tickets/42)"))
        #expect(text.contains("give that role the right to edit tickets"))
        #expect(!text.contains("tickets:write"), "\(text)")
        let read = try #require(
            try await self.failure(for: .json("{}", status: 403), scope: "assets:read")?.description)
        #expect(read.contains("the right to view assets"))
        let unknown = try #require(try await self.failure(for: .json("{}", status: 403), scope: nil)?.description)
        #expect(unknown.contains("give that role the right (Administration > Roles)"))
    }

    @Test("404")
    func notFound() async throws {
        let error = try await failure(for: .json(#"{"Message":"Not found"}"#, status: 404))
        guard case .notFound(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.message == "Not found")
    }

    @Test("422 and 400 carry IIQ's Errors", arguments: [400, 422])
    func validation(_ status: Int) async throws {
        let body =
            #"{"Message":"Invalid","ErrorKey":"ValidationFailed","Errors":[{"ErrorKey":"Required","Field":"Subject","Message":"Subject is required"}]}"#
        let error = try await failure(for: .json(body, status: status))
        guard case .validation(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(
            failure.errors == [IIQAPIMessage(errorKey: "Required", field: "Subject", message: "Subject is required")])
        #expect(failure.errorKey == "ValidationFailed")
        #expect(error?.description.contains("Subject: Subject is required") == true)
    }

    @Test("429 with Retry-After in delta-seconds")
    func rateLimitedSeconds() async throws {
        let error = try await failure(for: .json("{}", status: 429, headers: [("Retry-After", "7")]))
        guard case .rateLimited(let retryAfter, _)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(retryAfter == .seconds(7))
        #expect(error?.description.contains("Retry after 7 s") == true)
    }

    @Test("429 with Retry-After as an HTTP-date")
    func rateLimitedDate() async throws {
        let date = Date().addingTimeInterval(30)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let before = Date()
        let error = try await failure(
            for: .json("{}", status: 429, headers: [("Retry-After", formatter.string(from: date))]))
        let after = Date()
        guard case .rateLimited(let retryAfter?, _)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        // The date has whole seconds; the wait is measured from when the response was read, which a
        // loaded machine may delay: bound it by the instants around the call, not by a fixed slack.
        #expect(retryAfter.seconds <= date.timeIntervalSince(before) + 0.001)
        #expect(retryAfter.seconds >= date.timeIntervalSince(after) - 1.001)
    }

    @Test("429 without Retry-After")
    func rateLimitedBare() async throws {
        let error = try await failure(for: .json("{}", status: 429))
        guard case .rateLimited(nil, _)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
    }

    @Test("500 with IIQ JSON")
    func server() async throws {
        let error = try await failure(for: .json(#"{"Message":"Object reference not set"}"#, status: 500))
        guard case .server(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.message == "Object reference not set")
    }

    @Test("502 with an HTML body is a server error with an excerpt, never a decoding error")
    func badGatewayHTML() async throws {
        let error = try await failure(for: .html(status: 502))
        guard case .server(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.message == nil)
        #expect(failure.contentType?.contains("text/html") == true)
        #expect(failure.bodyExcerpt.contains("502 Bad Gateway"))
    }

    @Test("A long body is cut to a bounded excerpt")
    func boundedExcerpt() async throws {
        let error = try await failure(for: .html(String(repeating: "<p>lorem ipsum</p>", count: 1000), status: 503))
        let excerpt = try #require(error?.httpFailure?.bodyExcerpt)
        #expect(excerpt.count <= IIQHTTPFailure.excerptLimit + 1)
    }

    @Test("200 with Errors is apiError")
    func softError() async throws {
        let body =
            #"{"StatusCode":200,"Message":"Could not save","Errors":[{"Field":"AssetTag","Message":"Duplicate tag"}],"Item":null}"#
        let error = try await failure(for: .json(body))
        guard case .apiError(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.status == 200)
        #expect(failure.errors.first?.field == "AssetTag")
        #expect(failure.message == "Could not save")
    }

    @Test("200 with ErrorKey alone is apiError")
    func softErrorKey() async throws {
        let error = try await failure(for: .json(#"{"ErrorKey":"NotAllowed"}"#))
        guard case .apiError(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.errorKey == "NotAllowed")
    }

    @Test("A text/html 200 is unexpectedContentType")
    func htmlOK() async throws {
        let error = try await failure(for: .html("<html>Sign in</html>", status: 200))
        guard case .unexpectedContentType(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.bodyExcerpt.contains("Sign in"))
    }

    @Test("HTML labelled as JSON is still unexpectedContentType")
    func htmlLabelledJSON() async throws {
        let error = try await failure(for: .json("<!DOCTYPE html><html></html>"))
        guard case .unexpectedContentType = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
    }

    @Test("An empty 200 is emptyResponse")
    func emptyOK() async throws {
        let error = try await failure(for: .empty(status: 200))
        guard case .emptyResponse = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
    }

    @Test("Other statuses are unexpectedStatus", arguments: [302, 409, 418])
    func other(_ status: Int) async throws {
        let error = try await failure(for: .json("{}", status: status))
        guard case .unexpectedStatus(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.status == status)
    }

    @Test("Decoding errors name the path and type, never the value")
    func decoding() async throws {
        let client = try Fixture.client(MockTransport(responses: [.json(#"{"Item":{"Secret":"hunter2-value"}}"#)]))
        struct Shape: Decodable { var Secret: Int }
        let error = await captureError {
            try await client.item(Shape.self, IIQOperation("x.get", .get, ["x"]), options: .default)
        }
        guard case .decoding(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.codingPath == "Item.Secret")
        #expect(failure.expectedType == "Int")
        #expect(error?.description.contains("hunter2") == false)
    }

    @Test("A transport failure is typed; a request that never left is not retried here")
    func transport() async throws {
        let mock = MockTransport()
        mock.enqueueConnectionFailure()
        let client = try Fixture.client(mock)
        let error = await captureError { try await client.action(IIQOperation("x", .get, ["x"]), options: .default) }
        guard case .transport(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.kind == .other)
        #expect(mock.requestCount == 1)
    }
}

@Suite("Retry-After in a 429 body")
struct RetryAfterBodyTests {
    @Test(
        "A JSON retry_after is read when there is no header",
        arguments: [
            (#"{"retry_after":"2099-01-01T00:00:00Z"}"#, true),
            (#"{"retry_after":"Thu, 01 Jan 2099 00:00:00 GMT"}"#, true),
            (#"{"retry_after":"12"}"#, true),
            (#"{"retry_after":"2000-01-01T00:00:00Z"}"#, true),
            (#"{"retry_after":"whenever"}"#, false),
            (#"{"Message":"slow down"}"#, false),
        ])
    func body(_ json: String, _ hasValue: Bool) async throws {
        let client = try Fixture.client(MockTransport(responses: [.json(json, status: 429)]))
        let error = await captureError { try await client.tickets.get(TicketsAPITests.ticketID) }
        guard case .rateLimited(let retryAfter, _)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect((retryAfter != nil) == hasValue, "\(json)")
        if json.contains("\"12\"") { #expect(retryAfter == .seconds(12)) }
        if json.contains("2000-") { #expect(retryAfter == .zero) }
    }

    @Test("The header wins over the body")
    func headerFirst() async throws {
        let response = IIQHTTPResponse.json(#"{"retry_after":"30"}"#, status: 429, headers: [("Retry-After", "3")])
        let client = try Fixture.client(MockTransport(responses: [response]))
        let error = await captureError { try await client.tickets.get(TicketsAPITests.ticketID) }
        guard case .rateLimited(.seconds(3)?, _)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
    }
}
