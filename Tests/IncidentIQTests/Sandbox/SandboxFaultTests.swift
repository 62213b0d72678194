import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

@Suite("Sandbox: fault injection")
struct SandboxFaultTests {
    let sandbox = IIQSandbox(district: IIQSandboxDistrict(assets: 250))

    @Test("a 429 carries Retry-After as delta-seconds or as an HTTP-date, and the SDK reads both")
    func rateLimited() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        sandbox.inject(.rateLimited(retryAfter: .seconds(7)), on: "/assets")
        let seconds = await captureError { try await client.assets.search().first(1) }
        guard case .rateLimited(let delay, let failure) = seconds?.detail else {
            Issue.record("expected rateLimited")
            return
        }
        #expect(delay == .seconds(7))
        #expect(failure.status == 429)

        let date = Date().addingTimeInterval(30)
        sandbox.inject(.rateLimited(retryAfter: .date(date)), on: "/assets")
        let before = Date()
        guard
            case .rateLimited(let dated?, _) = await captureError({ try await client.assets.search().first(1) })?.detail
        else {
            Issue.record("expected rateLimited with a delay")
            return
        }
        let after = Date()
        // Whole seconds on the wire, measured when the response was read: bounded by the instants
        // around the call, not by a fixed slack that a loaded machine can outrun.
        #expect(dated.seconds <= date.timeIntervalSince(before) + 0.001)
        #expect(dated.seconds >= date.timeIntervalSince(after) - 1.001)
        #expect(try await client.assets.search().first(1).count == 1, "a scripted fault is used once")
    }

    @Test("503, 503, then 200: a retried search succeeds on the third attempt; a create is never retried")
    func serverErrors() async throws {
        let clock = VirtualClock()
        let client = try Fixture.client(sandbox: sandbox, retryPolicy: .default, clock: clock)
        sandbox.inject(.serverError(status: 503), times: 2, on: "/tickets")
        let before = sandbox.requestCount
        #expect(try await client.tickets.search().first(3).count == 3)
        #expect(sandbox.requestCount - before == 3)

        let ticket = try #require(try await client.tickets.search().first(1).first)
        sandbox.inject(.serverError(status: 503), on: "/tickets/new")
        let start = sandbox.requestCount
        let error = await captureError {
            try await client.tickets.create(
                IIQNewTicket(
                    requestor: try #require(ticket.requestorID), location: try #require(ticket.locationID),
                    issue: try #require(ticket.issueID), subject: "Once"))
        }
        guard case .server = error?.detail else {
            Issue.record("expected server, got \(String(describing: error))")
            return
        }
        #expect(sandbox.requestCount - start == 1)
    }

    @Test("an HTML error page, a truncated body and a reset connection each give their own typed error")
    func brokenAnswers() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        sandbox.inject(.htmlErrorPage(status: 502), on: "/assets")
        guard case .server(let failure) = await captureError({ try await client.assets.search().first(1) })?.detail
        else {
            Issue.record("expected server")
            return
        }
        #expect(failure.status == 502)
        #expect(failure.contentType?.hasPrefix("text/html") == true)

        sandbox.inject(.truncatedBody, on: "/assets")
        guard case .decoding = await captureError({ try await client.assets.search().first(1) })?.detail else {
            Issue.record("expected decoding")
            return
        }
        sandbox.inject(.connectionReset, on: "/assets")
        guard case .transport = await captureError({ try await client.assets.search().first(1) })?.detail else {
            Issue.record("expected transport")
            return
        }
    }

    @Test("shape drift: a dropped key reads as nil, an unknown key is ignored, ItemCount without Paging still pages")
    func drift() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        sandbox.inject(.droppedKey("AssetTag"), on: "/assets")
        let dropped = try await client.assets.search().first(5)
        #expect(dropped.count == 5 && dropped.allSatisfy { $0.assetTag == nil && $0.serialNumber != nil })

        sandbox.inject(.unknownKeyAdded, on: "/assets")
        let raw = try await sandbox.send(
            Fixture.rawRequest(sandbox, .post, "/assets?$s=2", token: sandbox.issueToken(), body: "{}"))
        let items = try #require(try Fixture.json(raw)["Items"] as? [[String: Any]])
        #expect(items.allSatisfy { $0[ShapeDrift.unknownKey] != nil })
        sandbox.inject(.unknownKeyAdded, on: "/assets")
        #expect(try await client.assets.search().first(3).count == 3)

        sandbox.inject(.itemCountWithoutPaging, on: "/assets")
        let all = try await client.assets.search(IIQAssetQuery(pageSize: 100)).all()
        #expect(all.count == 250)
        #expect(Set(all.map(\.id)).count == 250)
    }

    @Test("added latency delays the answer without changing it")
    func latency() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        sandbox.inject(.latency(.milliseconds(150)), on: "/tickets/statuses")
        let start = ContinuousClock.now
        #expect(try await client.tickets.statuses().count == 4)
        #expect(ContinuousClock.now - start >= .milliseconds(150))
    }

    @Test("a redirect fault answers with its status and Location, then the next request is served")
    func redirect() async throws {
        let target = try #require(URL(string: "http://127.0.0.2:9/api/v1.0/assets"))
        sandbox.inject(.redirect(status: 308, to: target), on: "/assets")
        let request = IIQHTTPRequest(
            method: .post, url: sandbox.baseURL.appending(path: "assets"), headers: IIQHTTPHeaders())
        let redirected = try await sandbox.send(request)
        #expect(redirected.status == 308)
        #expect(redirected.headers["Location"] == target.absoluteString)
        #expect(redirected.body.isEmpty)
        #expect(try await sandbox.send(request).status == 401, "the fault is used once; this request has no token")
    }

    @Test("random faults repeat exactly for the same seed, and only hit the paths named")
    func seeded() async throws {
        func statuses(seed: UInt64) async throws -> [Int] {
            let sandbox = IIQSandbox(district: IIQSandboxDistrict(assets: 20))
            sandbox.injectRandomly(
                [.serverError(status: 500), .rateLimited(retryAfter: nil)], probability: 0.4, seed: seed, on: "/tickets"
            )
            let token = sandbox.issueToken()
            var result: [Int] = []
            for _ in 0..<30 {
                result.append(
                    try await sandbox.send(Fixture.rawRequest(sandbox, .get, "/tickets/statuses", token: token)).status)
                #expect(
                    try await sandbox.send(Fixture.rawRequest(sandbox, .get, "/locations/all", token: token)).status
                        == 200)
            }
            return result
        }
        let first = try await statuses(seed: 42)
        #expect(try await statuses(seed: 42) == first)
        #expect(Set(first) == [200, 429, 500])
        #expect(try await statuses(seed: 43) != first)
        sandbox.injectRandomly([.serverError(status: 500)], probability: 1, seed: 1)
        sandbox.removeAllFaults()
        #expect(try await Fixture.client(sandbox: sandbox).tickets.statuses().count == 4)
    }
}
