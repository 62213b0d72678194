import Foundation
import Testing

@testable import IncidentIQ
import IncidentIQTesting

/// A canary token goes through every error path; none of its forms may appear in any text.
@Suite("Redaction canary")
struct RedactionTests {
    static let canary = IIQTestToken.make(userID: "canary-0000-feed-beef")

    /// The forms a leak could take: plain, percent-encoded, base64 and base64url.
    static let forms: [String] = {
        let raw = canary
        return [
            raw,
            raw.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? raw,
            Data(raw.utf8).base64EncodedString(),
            Base64URL.encode(Data(raw.utf8)),
            String(raw.split(separator: ".")[2]) + "-never-a-form",
        ].filter { !$0.hasSuffix("-never-a-form") }
    }()

    static func assertClean(_ value: Any, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var dumped = ""
        dump(value, to: &dumped)
        var texts = [String(describing: value), String(reflecting: value), dumped]
        if let error = value as? any Error { texts.append(error.localizedDescription) }
        for text in texts {
            for form in forms {
                #expect(!text.contains(form), "\(label) leaked the token", sourceLocation: sourceLocation)
            }
        }
    }

    /// Responses that echo the token back in every place a server could.
    static let echoes: [IIQHTTPResponse] = {
        let echo = "token=\(canary) b64=\(Data(canary.utf8).base64EncodedString())"
        let json = #"{"Message":"\#(echo)","ErrorKey":"\#(canary)","Errors":[{"Field":"\#(canary)","Message":"\#(echo)"}]}"#
        var responses: [IIQHTTPResponse] = []
        for status in [200, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503] {
            responses.append(.json(json, status: status, headers: [("X-Request-Id", canary), ("Retry-After", canary)]))
            responses.append(.html("<html>\(echo)</html>", status: status))
        }
        responses.append(.json("{\"Item\": \"\(canary)\"", status: 200))
        for status in [408, 429, 500, 502, 503, 504] {
            responses.append(.json(#"{"retry_after":"\#(canary)","Message":"\#(echo)"}"#, status: status, headers: [("Retry-After", "1")]))
        }
        responses.append(.empty(status: 200, headers: [("X-Request-Id", canary)]))
        responses.append(.empty(status: 503, headers: [("X-Correlation-Id", canary)]))
        responses.append(IIQHTTPResponse(status: 200, headers: IIQHTTPHeaders([("Content-Type", "text/plain")]), body: Data(echo.utf8)))
        return responses
    }()

    @Test("No error, log record or value shows the token, with and without retries", arguments: echoes.indices, [false, true])
    func errorPaths(_ index: Int, _ retrying: Bool) async throws {
        let logs = LogCollector()
        let response = Self.echoes[index]
        let mock = MockTransport { _ in response }
        let client = try Fixture.client(
            mock, logHandler: logs.handler, token: Self.canary, retryPolicy: retrying ? .default : .never)
        struct Shape: Decodable { var Item: Int }
        let error = await captureError { try await client.item(Shape.self, IIQOperation("x", .get, ["x"]), options: .default) }
        #expect(Self.echoes.count * 2 >= 50)
        Self.assertClean(error as Any, "error")
        for record in logs.records { Self.assertClean(record, "log record") }
        #expect(!logs.records.isEmpty)
    }

    @Test("Transport failures that mention the token are scrubbed")
    func transportEcho() async throws {
        struct Echo: Error, CustomStringConvertible {
            var description: String { "could not send Authorization: Bearer \(RedactionTests.canary)" }
        }
        let client = try Fixture.client(MockTransport { _ in throw Echo() }, token: Self.canary)
        let error = await captureError { try await client.action(IIQOperation("x", .get, ["x"]), options: .default) }
        Self.assertClean(error as Any, "transport error")
        #expect(error?.description.contains("<redacted>") == true)
    }

    @Test("Client, configuration, token, request and headers never print the token")
    func values() async throws {
        let mock = MockTransport(responses: [.actionEnvelope()])
        let client = try Fixture.client(mock, token: Self.canary)
        try await client.action(IIQOperation("x", .post, ["x"]).with(body: ["A": 1]), options: .default)
        let request = try #require(mock.lastRequest)
        #expect(request.headers["Authorization"] == "Bearer " + Self.canary)
        Self.assertClean(client, "client")
        Self.assertClean(client.configuration, "configuration")
        Self.assertClean(client.configuration.token, "token")
        Self.assertClean(request, "request")
        Self.assertClean(request.headers, "headers")
        Self.assertClean(IIQHTTPResponse.json("{}"), "response")
        Self.assertClean(client.tokenClaims as Any, "claims")
    }

    @Test("Configuration errors never show the token", arguments: ["\r\n", "\u{0}", " x", "é"])
    func configurationErrors(_ suffix: String) {
        do {
            _ = try IIQConfiguration(token: Self.canary + suffix)
            Issue.record("expected a validation error")
        } catch {
            Self.assertClean(error, "configuration error")
        }
    }

    @Test("The redactor replaces every form and leaves other text alone")
    func redactor() {
        let redactor = Redactor(secret: IIQToken(Self.canary))
        for form in Self.forms {
            #expect(redactor.scrub("before \(form) after") == "before <redacted> after")
        }
        #expect(redactor.scrub("nothing secret here") == "nothing secret here")
    }
}
