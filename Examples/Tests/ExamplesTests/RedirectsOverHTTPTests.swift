import Foundation
import IncidentIQ
import IncidentIQTesting
import Testing

/// The reliability issue's redirect rules, proven on real sockets: origin A is a sandbox server on
/// 127.0.0.1 that redirects, origin B a second sandbox server on another host or port that counts
/// every request it gets. The client is the real `URLSessionTransport`.
@Suite("Redirects over real HTTP")
struct RedirectsOverHTTPTests {
    @Test(
        "A redirect to another host is refused, and the other host receives nothing", arguments: [301, 302, 307, 308])
    func otherHost(_ status: Int) async throws {
        try await expectRefused(status, otherHost: "127.0.0.2")
    }

    @Test(
        "A redirect to another port of the same host is refused, and that port receives nothing", arguments: [301, 308])
    func otherPort(_ status: Int) async throws {
        try await expectRefused(status, otherHost: "127.0.0.1")
    }

    @Test("Same-origin redirects are followed five times, and the sixth is refused")
    func sameOriginLimit() async throws {
        try await withServer { server in
            let client = try server.client()
            let target = server.sandbox.baseURL.appending(path: "assets")
            server.sandbox.inject(.redirect(status: 307, to: target), times: 5, on: "/assets")
            var before = server.sandbox.requestCount
            #expect(try await client.assets.search().first(1).count == 1)
            #expect(server.sandbox.requestCount - before == 6)

            server.sandbox.inject(.redirect(status: 307, to: target), times: 6, on: "/assets")
            before = server.sandbox.requestCount
            guard let failure = await captureError({ try await client.assets.search().first(1) })?.transportFailure
            else {
                Issue.record("expected a refused redirect")
                return
            }
            #expect(failure.kind == .redirectRefused)
            #expect(server.sandbox.requestCount - before == 6)
        }
    }

    /// Origin A answers a search with `status` pointing at the same path on origin B.
    private func expectRefused(_ status: Int, otherHost: String) async throws {
        try await withServer(IIQSandboxDistrict(seed: 4, assets: 10), host: otherHost) { other in
            try await withServer { server in
                let token = server.sandbox.issueToken()
                let client = try server.client(token: token)
                let target = other.sandbox.baseURL.appending(path: "assets")
                server.sandbox.inject(.redirect(status: status, to: target), on: "/assets")
                guard let failure = await captureError({ try await client.assets.search().first(1) })?.transportFailure
                else {
                    Issue.record("expected a refused redirect")
                    return
                }
                #expect(failure.kind == .redirectRefused)
                #expect(!String(reflecting: failure).contains(token))
                #expect(other.sandbox.requestCount == 0, "origin B must not see the request, its token or its SiteId")
            }
        }
    }
}
