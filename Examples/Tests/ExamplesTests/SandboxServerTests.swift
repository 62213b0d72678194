import Foundation
import IncidentIQ
import IncidentIQTesting
import Testing

@Suite("Sandbox server over real HTTP, through URLSessionTransport")
struct SandboxServerTests {
    @Test("search, paging, get, create and comment work end to end")
    func endToEnd() async throws {
        try await withServer { server in
            let client = try server.client()
            var ids = Set<IIQAsset.ID>()
            var pages = 0
            for try await page in client.assets.search(IIQAssetQuery(pageSize: 150)).pages {
                ids.formUnion(page.items.map(\.id))
                #expect(page.totalRows == 400)
                pages += 1
            }
            #expect(ids.count == 400 && pages == 3)

            let asset = try #require(
                try await client.assets.search(filters: [.status(named: "Assigned")]).first(1).first)
            #expect(try await client.assets.get(asset.id).serialNumber == asset.serialNumber)

            let issue = try #require(try await client.tickets.search().first(1).first?.issueID)
            let ticket = try await client.tickets.create(
                IIQNewTicket(
                    requestor: try #require(asset.ownerID), location: try #require(asset.locationID), issue: issue,
                    subject: "Over HTTP", assets: [asset.id]))
            try await client.tickets.addComment("Sent over a real socket.", to: ticket.id, isPublic: true)
            let history = try await client.tickets.activities(of: ticket.id)
            #expect(history.contains { $0.activityItems?.first?.comments == "Sent over a real socket." })
            #expect(try await client.tickets.get(ticket.id).subject == "Over HTTP")
        }
    }

    @Test("a token the server did not issue gets 401, a read-only token writing gets 403, a 429 carries Retry-After")
    func failures() async throws {
        try await withServer { server in
            let stranger = try server.client(
                token: IIQTestToken.make(
                    siteID: server.sandbox.siteID.uuidString.lowercased(), tenant: server.sandbox.tenant.absoluteString)
            )
            guard
                let failure = await captureError({ try await stranger.tickets.statuses() }).flatMap({
                    $0.code == .unauthorized ? $0.httpFailure : nil
                })
            else {
                Issue.record("expected 401")
                return
            }
            #expect(failure.status == 401)

            let reader = try server.client(token: server.sandbox.issueToken(scopes: IIQSandboxScope.readOnly))
            let ticket = try #require(try await reader.tickets.search().first(1).first)
            guard await captureError({ try await reader.tickets.close(ticket.id) })?.code == .forbidden else {
                Issue.record("expected 403")
                return
            }

            server.sandbox.inject(.rateLimited(retryAfter: .seconds(9)), on: "/tickets")
            guard let rateLimited = await captureError({ try await reader.tickets.search().first(1) }),
                rateLimited.code == .rateLimited,
                let delay = rateLimited.retryAfter
            else {
                Issue.record("expected 429")
                return
            }
            #expect(delay == .seconds(9))
        }
    }

    @Test("with 150 ms of latency, a parallel walk overlaps its pages: 8 pages in about two round trips, not eight")
    func latencyAndParallelPages() async throws {
        try await withServer(
            IIQSandboxDistrict(seed: 3, assets: 400), latency: IIQSandboxLatency(fixed: .milliseconds(150))
        ) {
            server in
            let client = try server.client()
            let clock = ContinuousClock()
            var start = clock.now
            _ = try await client.assets.search(IIQAssetQuery(pageSize: 1)).first(1)
            #expect(clock.now - start >= .milliseconds(150))
            start = clock.now
            let sequential = try await client.assets.search(IIQAssetQuery(pageSize: 50)).prefetching(false).all()
            let sequentialTime = clock.now - start
            start = clock.now
            let parallel = try await client.assets.search(IIQAssetQuery(pageSize: 50)).all()
            let parallelTime = clock.now - start
            #expect(sequential.map(\.id) == parallel.map(\.id) && parallel.count == 400)
            // Eight pages one after another take eight round trips; in parallel, page 0 and then the
            // other seven together take two or three.
            #expect(sequentialTime >= .milliseconds(1200))
            #expect(parallelTime < sequentialTime / 2, "parallel \(parallelTime), sequential \(sequentialTime)")
        }
    }
}
