import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

/// URLSession holds a request back until one of its connections to the host is free: its limit
/// per host (6 by default, on macOS and on Linux through libcurl) must not be what caps the client.
@Suite("URLSession connections per host", .serialized)
struct ConnectionLimitTests {
    /// A server whose requests wait until `target` of them are in flight at once, or `patience`
    /// passes: the peak it saw is how many requests the client really had on the wire.
    final class Barrier: Sendable {
        let state = Locked((inFlight: 0, peak: 0))
        let server: LoopbackServer

        init(target: Int, patience: Duration) throws {
            let state = self.state
            server = try LoopbackServer { _ in
                state.mutate {
                    $0.inFlight += 1
                    $0.peak = max($0.peak, $0.inFlight)
                }
                let clock = ContinuousClock()
                let end = clock.now + patience
                while state.value.peak < target, clock.now < end { Thread.sleep(forTimeInterval: 0.002) }
                state.mutate { $0.inFlight -= 1 }
                return .json(#"{"StatusCode":200}"#)
            }
        }

        deinit { server.stop() }

        var peak: Int { state.value.peak }

        /// Sends `count` requests through `transport` at once and waits for them all.
        func send(_ count: Int, through transport: any IIQTransport) async throws {
            let url = try #require(URL(string: server.baseURL + "/api/v1.0/ping"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<count {
                    group.addTask {
                        let response = try await transport.send(IIQHTTPRequest(method: .get, url: url))
                        #expect(response.status == 200)
                    }
                }
                try await group.waitForAll()
            }
        }
    }

    @Test("12 requests are on the wire at once with a limit of 12")
    func twelve() async throws {
        let barrier = try Barrier(target: 12, patience: .seconds(10))
        let transport = URLSessionTransport(configuration: .init(maximumConnectionsPerHost: 12))
        try await barrier.send(12, through: transport)
        #expect(barrier.peak == 12)
    }

    @Test("The limit is what holds requests back: 3 allows 3 at once")
    func capped() async throws {
        let barrier = try Barrier(target: 6, patience: .milliseconds(300))
        let transport = URLSessionTransport(configuration: .init(maximumConnectionsPerHost: 3))
        try await barrier.send(6, through: transport)
        #expect(barrier.peak == 3)
    }

    @Test("A client's own transport allows as many connections as its pacing allows requests")
    func followsPacing() async throws {
        var configuration = try IIQConfiguration(token: Fixture.token)
        configuration.pacing = IIQPacing(maximumInFlight: 10)
        let client = try IIQClient(configuration: configuration)
        let transport = try #require(client.transport as? URLSessionTransport)
        #expect(transport.configuration.maximumConnectionsPerHost == 10)
        let barrier = try Barrier(target: 10, patience: .seconds(10))
        try await barrier.send(10, through: transport)
        #expect(barrier.peak == 10)
        #expect(URLSessionTransport().configuration.maximumConnectionsPerHost == 16)
    }
}
