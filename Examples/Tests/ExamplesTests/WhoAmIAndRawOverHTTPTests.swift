// swift-format-ignore-file: AlwaysUseLowerCamelCase

// The Codable types here spell Incident IQ's PascalCase wire names as their property names on purpose,
// as a caller's own plain type does (no CodingKeys), which is what these tests and baselines exercise.
import Foundation
import IncidentIQ
import IncidentIQTesting
import Testing

/// `iiq whoami` asks the sandbox server who the token is, over real HTTP, and fails as the tool's
/// exit codes say for the three bad tokens.
@Suite("whoami over real HTTP")
struct WhoAmIOverHTTPTests {
    @Test("a good token: the server names the user, site and products; exit 0")
    func goodToken() async throws {
        try await withServer { server in
            let token = server.sandbox.issueToken()
            let before = server.sandbox.requestCount
            let result = try await ToolRunner.run(
                ["whoami", "--format", "json"], environment: server.environment(token: token))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(server.sandbox.requestCount > before, "whoami must ask the server")
            let rows = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
            #expect(rows.first?["userID"] as? String == server.sandbox.administratorID.description)
            #expect(rows.first?["siteID"] as? String == server.sandbox.siteID.uuidString.lowercased())
            #expect((rows.first?["products"] as? String)?.contains("Ticketing") == true)
            #expect((rows.first?["user"] as? String)?.isEmpty == false)
            #expect(!result.stdout.contains(token) && !result.stderr.contains(token))
        }
    }

    @Test("a revoked token: 401 from the server, exit 4")
    func revoked() async throws {
        try await withServer { server in
            let token = server.sandbox.issueToken()
            server.sandbox.revoke(token)
            let result = try await ToolRunner.run(["whoami"], environment: server.environment(token: token))
            #expect(result.status == 4)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("Unauthorized (401) from me (GET /login)"))
            #expect(result.stderr.contains("revoked"))
            #expect(!result.stderr.contains(token))
        }
    }

    @Test("a token of another tenant: 401 from the server, exit 4")
    func otherTenant() async throws {
        try await withServer { server in
            let token = IIQSandbox(district: IIQSandboxDistrict(seed: 99, assets: 10)).issueToken()
            let result = try await ToolRunner.run(["whoami"], environment: server.environment(token: token))
            #expect(result.status == 4)
            #expect(result.stderr.contains("Unauthorized (401)") && result.stderr.contains("another site"))
            #expect(!result.stderr.contains(token))
        }
    }

    @Test("a garbage token: 401 from the server when the site is given (exit 4); unreadable without it (exit 64)")
    func garbage() async throws {
        try await withServer { server in
            var environment = server.environment(token: "garbage-token-42")
            environment["IIQ_SITE_ID"] = server.sandbox.siteID.uuidString
            let before = server.sandbox.requestCount
            let asked = try await ToolRunner.run(["whoami"], environment: environment)
            #expect(asked.status == 4)
            #expect(server.sandbox.requestCount == before + 1)
            #expect(asked.stderr.contains("Unauthorized (401)") && !asked.stderr.contains("garbage-token-42"))

            environment["IIQ_SITE_ID"] = nil
            let unread = try await ToolRunner.run(["whoami"], environment: environment)
            #expect(unread.status == 64)
            #expect(unread.stderr.contains("JWT"))
            #expect(server.sandbox.requestCount == before + 1)
        }
    }
}

/// An unmodelled route, called through `client.raw` over real HTTP, gets the SDK's auth headers,
/// retries and typed errors.
@Suite("The raw escape hatch over real HTTP")
struct RawOverHTTPTests {
    struct Room: Decodable, Hashable, Sendable {
        var LocationRoomId: UUID
        var Name: String?
        var LocationId: UUID?
    }

    static let quickRetries = IIQRetryPolicy(
        maximumAttempts: 3, baseDelay: .milliseconds(20), maximumDelay: .milliseconds(50),
        rateLimitBaseDelay: .milliseconds(20), rateLimitMaximumDelay: .milliseconds(50), maximumRetryAfter: .seconds(5))

    @Test(
        "GET /locations/rooms (not modelled): auth headers, paging, 503 retried only when declared safe, typed errors")
    func unmodelledRoute() async throws {
        try await withServer { server in
            let sandbox = server.sandbox
            let client = try server.client(retryPolicy: Self.quickRetries)

            // Authenticated (the server refuses a request without the client's headers) and paged.
            let rooms = try await client.raw.pages(
                .get(["locations", "rooms"], safeToRetry: true), of: Room.self, pageSize: 7
            )
            .all()
            let firstPage = try await client.raw.get(["locations", "rooms"], query: ["$s": "1"], safeToRetry: true)
            #expect(rooms.count == Int(firstPage["Paging"]?["TotalRows"]?.numberValue ?? -1))
            #expect(rooms.count > 7 && Set(rooms.map(\.LocationRoomId)).count == rooms.count)

            // The tenant root reaches the same route under /services.
            let legacy = try await client.raw.get(
                .tenant("services", "locations", "rooms"), query: ["$s": "3"], safeToRetry: true)
            #expect(legacy["Items"].flatMap { if case .array(let items) = $0 { items.count } else { nil } } == 3)

            // 503 once: retried when declared safe...
            sandbox.inject(.serverError(status: 503), on: "/locations/rooms")
            var before = sandbox.requestCount
            let retried = try await client.raw.get(["locations", "rooms"], query: ["$s": "2"], safeToRetry: true)
            #expect(retried["Paging"]?["PageSize"]?.numberValue == 2)
            #expect(sandbox.requestCount - before == 2)

            // ...and sent once, as a typed 5xx, by default.
            sandbox.inject(.serverError(status: 503), on: "/locations/rooms")
            before = sandbox.requestCount
            let sentOnce = await captureError { try await client.raw.get(["locations", "rooms"]) }
            let failureError = sentOnce
            guard failureError?.code == .server, let failure = failureError?.httpFailure else {
                Issue.record("got \(String(describing: sentOnce))")
                return
            }
            #expect(failure.status == 503 && failure.request.operation == "raw")
            #expect(sandbox.requestCount - before == 1)

            // Typed errors: an unknown route, a revoked token.
            guard (await captureError({ try await client.raw.get(["no", "such", "route"]) }))?.code == .notFound else {
                Issue.record("expected notFound")
                return
            }
            let token = sandbox.issueToken()
            let revokedClient = try server.client(token: token)
            sandbox.revoke(token)
            let refused = await captureError {
                try await revokedClient.raw.get(["locations", "rooms"], safeToRetry: true)
            }
            let unauthorizedError = refused
            guard unauthorizedError?.code == .unauthorized, let unauthorized = unauthorizedError?.httpFailure else {
                Issue.record("got \(String(describing: refused))")
                return
            }
            #expect(!String(describing: unauthorized).contains(token))
        }
    }
}
