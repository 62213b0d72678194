// swift-format-ignore-file: AlwaysUseLowerCamelCase

// The Codable types here spell Incident IQ's PascalCase wire names as their property names on purpose,
// as a caller's own plain type does (no CodingKeys), which is what these tests and baselines exercise.
import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

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

    /// Every 16-character run of the token's payload and signature: a cut form leaves one behind.
    static let windows: [String] = {
        let secret = Array(canary.drop(while: { $0 != "." }).dropFirst())
        return stride(from: 0, to: secret.count - 16, by: 1).map { String(secret[$0..<$0 + 16]) }
    }()

    /// `text` as written, with JSON escapes undone, and with percent-escapes undone: written here
    /// independently of the SDK's own decoding.
    static func readings(of text: String) -> [String] {
        var unescaped = text.replacingOccurrences(of: "\\/", with: "/")
        while let range = unescaped.range(of: #"\\u[0-9a-fA-F]{4}"#, options: .regularExpression) {
            let code = UInt32(unescaped[range].dropFirst(2), radix: 16) ?? 0x3F
            unescaped.replaceSubrange(range, with: String(UnicodeScalar(code).map(Character.init) ?? "?"))
        }
        return [text, unescaped, text.removingPercentEncoding ?? text]
    }

    static func assertClean(_ value: Any, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var dumped = ""
        dump(value, to: &dumped)
        var texts = [String(describing: value), String(reflecting: value), dumped]
        if let error = value as? any Error { texts.append(error.localizedDescription) }
        for text in texts.flatMap(readings) {
            for form in forms where text.contains(form) {
                Issue.record("\(label) leaked the token", sourceLocation: sourceLocation)
            }
            if let window = windows.first(where: text.contains) {
                Issue.record("\(label) leaked part of the token: \(window.prefix(4))…", sourceLocation: sourceLocation)
            }
        }
    }

    /// The token written the ways a server or proxy echoes it, each a whole string.
    static let echoForms: [String] = {
        let raw = canary
        let base64 = Data(raw.utf8).base64EncodedString()
        return [
            raw,
            raw.replacingOccurrences(of: ".", with: "\\u002e"),
            raw.replacingOccurrences(of: "e", with: "\\u0065").replacingOccurrences(of: "J", with: "\\u004A"),
            raw.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? raw,
            raw.unicodeScalars.map { String(format: "%%%02x", $0.value) }.joined(),
            base64.replacingOccurrences(of: "/", with: "\\/"),
            Base64URL.encode(Data(raw.utf8)),
            Data(("Bearer " + raw).utf8).base64EncodedString(),
            Data(("x" + raw).utf8).base64EncodedString(),
        ]
    }()

    /// Responses that carry the new echo forms: in JSON strings, in headers, and across the excerpt's cut.
    static let formEchoes: [IIQHTTPResponse] = echoForms.flatMap { form -> [IIQHTTPResponse] in
        let cut = String(repeating: "x", count: IIQHTTPFailure.excerptLimit - 20) + form
        return [
            .json(#"{"Message":"\#(form)","Errors":[{"Field":"\#(form)","Message":"a \#(form) b"}]}"#, status: 400),
            IIQHTTPResponse(
                status: 502,
                headers: IIQHTTPHeaders([("Content-Type", "text/html; charset=\(form)"), ("X-Request-Id", form)]),
                body: Data("<html>\(form)</html>".utf8)),
            IIQHTTPResponse(
                status: 503, headers: IIQHTTPHeaders([("Content-Type", "text/plain")]), body: Data(cut.utf8)),
            IIQHTTPResponse(
                status: 200, headers: IIQHTTPHeaders([("Content-Type", "text/plain")]), body: Data((cut + " tail").utf8)
            ),
        ]
    }

    /// Responses that echo the token back in every place a server could.
    static let echoes: [IIQHTTPResponse] = {
        let echo = "token=\(canary) b64=\(Data(canary.utf8).base64EncodedString())"
        let json =
            #"{"Message":"\#(echo)","ErrorKey":"\#(canary)","Errors":[{"Field":"\#(canary)","Message":"\#(echo)"}]}"#
        var responses: [IIQHTTPResponse] = []
        for status in [200, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503] {
            responses.append(.json(json, status: status, headers: [("X-Request-Id", canary), ("Retry-After", canary)]))
            responses.append(.html("<html>\(echo)</html>", status: status))
        }
        responses.append(.json("{\"Item\": \"\(canary)\"", status: 200))
        for status in [408, 429, 500, 502, 503, 504] {
            responses.append(
                .json(
                    #"{"retry_after":"\#(canary)","Message":"\#(echo)"}"#, status: status,
                    headers: [("Retry-After", "1")]))
        }
        responses.append(.empty(status: 200, headers: [("X-Request-Id", canary)]))
        responses.append(.empty(status: 503, headers: [("X-Correlation-Id", canary)]))
        responses.append(
            IIQHTTPResponse(
                status: 200, headers: IIQHTTPHeaders([("Content-Type", "text/plain")]), body: Data(echo.utf8)))
        return responses
    }()

    @Test(
        "No error, log record or value shows the token, with and without retries", arguments: echoes.indices,
        [false, true])
    func errorPaths(_ index: Int, _ retrying: Bool) async throws {
        let logs = LogCollector()
        let response = Self.echoes[index]
        let mock = MockTransport { _ in response }
        let client = try Fixture.client(
            mock, logHandler: logs.handler, token: Self.canary, retryPolicy: retrying ? .default : .never)
        struct Shape: Decodable { var Item: Int }
        let error = await captureError {
            try await client.item(Shape.self, IIQOperation("x", .get, ["x"]), options: .default)
        }
        #expect(Self.echoes.count * 2 >= 50)
        Self.assertClean(error as Any, "error")
        for record in logs.records { Self.assertClean(record, "log record") }
        #expect(!logs.records.isEmpty)
    }

    @Test("Escaped, encoded and cut forms of the token never reach an error or a log", arguments: formEchoes.indices)
    func formEchoPaths(_ index: Int) async throws {
        let logs = LogCollector()
        let response = Self.formEchoes[index]
        let client = try Fixture.client(MockTransport { _ in response }, logHandler: logs.handler, token: Self.canary)
        let error = await captureError { try await client.action(IIQOperation("x", .get, ["x"]), options: .default) }
        Self.assertClean(error as Any, "error")
        for record in logs.records { Self.assertClean(record, "log record") }
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

    @Test("Configuration errors never show the token", arguments: ["\r\n\r\n", "\u{0}", " x", "é"])
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
        for form in Self.echoForms {
            let scrubbed = redactor.scrub("before \(form) after")
            #expect(scrubbed.hasPrefix("before ") && scrubbed.hasSuffix(" after") && scrubbed.contains("<redacted>"))
            Self.assertClean(scrubbed, "scrubbed text")
            // Cut anywhere past the first 8 characters, the start of a form is still redacted.
            for length in stride(from: 8, to: form.count, by: 7) {
                Self.assertClean(redactor.scrub("before " + String(form.prefix(length))), "cut form")
            }
        }
        #expect(redactor.scrub("ending in %2") == "ending in %2")
        #expect(redactor.scrub("") == "")
    }
}
