import Foundation
import IIQSandboxServer
import IncidentIQ
import IncidentIQTesting
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("Logging: iiq --verbose through swift-log, and the sandbox server's request log")
struct LoggingTests {
    @Test("the sandbox server logs one line per request (method, path, status, duration), never a token")
    func serverRequestLog() async throws {
        let captured = CapturedLines()
        let harness = try await ServerHarness.start(requestLogger: captured.logger())
        do {
            let token = harness.sandbox.issueToken()
            let client = try harness.client(token: token)
            _ = try await client.assets.search(IIQAssetQuery(pageSize: 5)).first(5)
            // A client that puts its token in the query string, where a log would show it.
            var components = try #require(
                URLComponents(
                    url: harness.sandbox.baseURL.appending(path: "locations/all"), resolvingAgainstBaseURL: false))
            components.queryItems = [
                URLQueryItem(name: "access_token", value: token), URLQueryItem(name: "x", value: token),
            ]
            var request = URLRequest(url: try #require(components.url))
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            _ = try await URLSession.shared.data(for: request)
            let missing = URLRequest(url: harness.sandbox.baseURL.appending(path: "no/such/route"))
            _ = try await URLSession.shared.data(for: missing)
        } catch {
            await harness.stop()
            throw error
        }
        await harness.stop()

        let lines = captured.lines
        #expect(lines.count == harness.sandbox.requestCount, "one line per request: \(lines)")
        #expect(
            lines.contains { $0.hasPrefix("info POST /api/v1.0/assets?") && $0.contains(" 200 ") && $0.hasSuffix("ms") }
        )
        #expect(lines.contains { $0.contains("GET /api/v1.0/locations/all?access_token=REDACTED&x=REDACTED ") })
        #expect(lines.contains { $0.contains("GET /api/v1.0/no/such/route 40") })
        #expect(!lines.contains { $0.contains("eyJ") || $0.contains("Bearer") }, "no token in \(lines)")
    }

    @Test("iiq --verbose logs each request on stderr, before or after the subcommand, and never the token")
    func verboseTool() async throws {
        try await withServer { server in
            let token = server.sandbox.issueToken()
            let environment = server.environment(token: token)
            for arguments in [
                ["--verbose", "assets", "list", "--limit", "2"], ["assets", "list", "--limit", "2", "-v"],
            ] {
                let result = try await ToolRunner.run(arguments, environment: environment)
                #expect(result.status == 0, "\(result.stderr)")
                #expect(result.stderr.contains("assets.search POST /assets -> 200"), "\(result.stderr)")
                #expect(!result.stderr.contains(token) && !result.stderr.contains("eyJ"))
            }
            let quiet = try await ToolRunner.run(["assets", "list", "--limit", "2"], environment: environment)
            #expect(quiet.stderr.isEmpty)

            server.sandbox.inject(.serverError(status: 503), times: 1, on: "/assets")
            let retried = try await ToolRunner.run(
                ["--verbose", "assets", "list", "--limit", "2"], environment: environment)
            #expect(retried.status == 0, "\(retried.stderr)")
            #expect(
                retried.stderr.contains("warning") && retried.stderr.contains("-> 503"),
                "the failed attempt shows: \(retried.stderr)")
            #expect(retried.stderr.contains("; retrying in "), "the wait before the retry shows: \(retried.stderr)")
            #expect(retried.stderr.contains("attempt 2"), "the retry shows: \(retried.stderr)")
        }
    }
}
