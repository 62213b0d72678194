import Foundation
import IncidentIQTesting

@testable import IncidentIQ

/// A scripted list route: serves `total` assets honouring `$s` and `$p`, with optional misbehaviour.
final class PagingServer: Sendable {
    struct Behaviour: Sendable {
        var total: Int
        var sendsPaging = true
        var ignoresPageIndex = false
        /// Each request adds this many rows to the total, as a table that grows during the walk.
        var growthPerRequest = 0
        /// Answer page `failingPage` with this status.
        var failingPage: Int?
        var failureStatus = 503
        /// Sleep before answering, so prefetch overlap is observable.
        var delay: Duration = .zero
    }

    typealias Counters = (requests: Int, inFlight: Int, maxInFlight: Int, pages: [Int])

    let behaviour: Behaviour
    let transport: MockTransport
    private let state: Locked<Counters>

    init(_ behaviour: Behaviour) {
        let state = Locked<Counters>((0, 0, 0, []))
        self.behaviour = behaviour
        self.state = state
        self.transport = MockTransport { request in try await Self.respond(to: request, behaviour, state) }
    }

    var requestCount: Int { state.value.requests }
    var maximumInFlight: Int { state.value.maxInFlight }
    var inFlight: Int { state.value.inFlight }
    var requestedPages: [Int] { state.value.pages }

    static func assetID(_ index: Int) -> String {
        String(format: "00000000-0000-4000-8000-%012d", index)
    }

    private static func respond(
        to request: IIQHTTPRequest, _ behaviour: Behaviour, _ state: Locked<Counters>
    ) async throws -> IIQHTTPResponse {
        let size = Int(request.queryValue("$s") ?? "") ?? 100
        let requested = Int(request.queryValue("$p") ?? "") ?? 0
        let count = state.mutate { state -> Int in
            state.requests += 1
            state.inFlight += 1
            state.maxInFlight = max(state.maxInFlight, state.inFlight)
            state.pages.append(requested)
            return state.requests
        }
        defer { state.mutate { $0.inFlight -= 1 } }
        if behaviour.delay > .zero { try await Task.sleep(for: behaviour.delay) }
        if requested == behaviour.failingPage {
            return .json(#"{"Message":"Service Unavailable"}"#, status: behaviour.failureStatus)
        }
        let page = behaviour.ignoresPageIndex ? 0 : requested
        let total = behaviour.total + behaviour.growthPerRequest * count
        let start = page * size
        let items =
            start < total
            ? (start..<min(start + size, total)).map {
                ["AssetId": Self.assetID($0), "AssetTag": "T\($0)"] as [String: Any]
            }
            : []
        return .listEnvelope(
            items: items, pageIndex: page, pageSize: size, totalRows: total, paging: behaviour.sendsPaging)
    }
}
