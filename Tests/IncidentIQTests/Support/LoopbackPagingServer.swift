import Foundation
import IncidentIQTesting

@testable import IncidentIQ

/// A list route over real HTTP on loopback: serves `total` assets honouring `$s` and `$p`, and
/// counts what reaches the wire: requests, pages, requests in flight at once, and 429s.
final class LoopbackPagingServer: Sendable {
    struct Behaviour: Sendable {
        var total: Int
        /// How long each request is held before it is answered.
        var hold: Duration = .milliseconds(20)
        /// With more than this many requests in flight, a request is answered 429 at once.
        var concurrencyLimit: Int?
        /// The `Retry-After` of those 429s, in seconds.
        var retryAfter: Int?
    }

    struct Counters: Sendable {
        var requests = 0
        var inFlight = 0
        var peakInFlight = 0
        var pages: [Int] = []
        var rateLimited = 0
    }

    let behaviour: Behaviour
    private let state: Locked<Counters>
    private let server: LoopbackServer

    init(_ behaviour: Behaviour) throws {
        let state = Locked(Counters())
        self.behaviour = behaviour
        self.state = state
        self.server = try LoopbackServer { request in Self.respond(to: request, behaviour, state) }
    }

    deinit { server.stop() }

    var counters: Counters { state.value }
    var baseURL: URL { URL(string: server.baseURL + "/api/v1.0")! }

    /// A client for this server with a real clock and `configure` applied; its transport is the
    /// one ``IIQClient`` makes for itself unless one is given.
    func client(transport: (any IIQTransport)? = nil, configure: (inout IIQConfiguration) -> Void = { _ in }) throws
        -> IIQClient
    {
        var configuration = try IIQConfiguration(token: Fixture.token, baseURL: baseURL, allowsInsecureLoopback: true)
        configuration.retryPolicy = .never
        configure(&configuration)
        return try IIQClient(configuration: configuration, transport: transport)
    }

    private static func respond(
        to request: LoopbackServer.Request, _ behaviour: Behaviour, _ state: Locked<Counters>
    ) -> LoopbackServer.Response {
        let components = URLComponents(string: "http://loopback" + request.path)
        func query(_ name: String) -> Int? {
            components?.queryItems?.first { $0.name == name }?.value.flatMap { Int($0) }
        }
        let size = query("$s") ?? 100
        let page = query("$p") ?? 0
        let admitted = state.mutate { state -> Bool in
            state.requests += 1
            if let limit = behaviour.concurrencyLimit, state.inFlight >= limit {
                state.rateLimited += 1
                return false
            }
            state.inFlight += 1
            state.peakInFlight = max(state.peakInFlight, state.inFlight)
            state.pages.append(page)
            return true
        }
        guard admitted else {
            var response = LoopbackServer.Response.json(#"{"Message":"Too many requests"}"#, status: 429)
            if let retryAfter = behaviour.retryAfter { response.headers.append(("Retry-After", String(retryAfter))) }
            return response
        }
        Thread.sleep(forTimeInterval: behaviour.hold.seconds)
        state.mutate { $0.inFlight -= 1 }
        let start = page * size
        let items =
            start < behaviour.total
            ? (start..<min(start + size, behaviour.total)).map {
                ["AssetId": PagingServer.assetID($0), "AssetTag": "T\($0)"] as [String: Any]
            } : []
        let envelope = IIQHTTPResponse.listEnvelope(
            items: items, pageIndex: page, pageSize: size, totalRows: behaviour.total)
        return LoopbackServer.Response(
            status: 200, headers: [("Content-Type", "application/json")], body: envelope.body)
    }
}
