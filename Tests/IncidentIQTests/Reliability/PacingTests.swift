import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Client-side pacing")
struct PacingTests {
    /// A transport that counts requests in flight and holds each one briefly.
    final class Gauge: Sendable {
        let state = Locked((inFlight: 0, peak: 0, total: 0))
        let hold: Duration
        init(hold: Duration) { self.hold = hold }

        var transport: MockTransport {
            MockTransport { [self] _ in
                state.mutate {
                    $0.inFlight += 1
                    $0.total += 1
                    $0.peak = max($0.peak, $0.inFlight)
                }
                defer { state.mutate { $0.inFlight -= 1 } }
                try await Task.sleep(for: hold)
                return .actionEnvelope()
            }
        }
    }

    func client(_ transport: MockTransport, pacing: IIQPacing, clock: VirtualClock? = nil) throws -> IIQClient {
        var configuration = try IIQConfiguration(token: Fixture.token)
        configuration.pacing = pacing
        configuration.retryPolicy = .never
        return try IIQClient(
            configuration: configuration, transport: transport, retryEnvironment: clock?.environment ?? .live)
    }

    @Test("100 concurrent calls never exceed the limit in flight", arguments: [1, 3, 6])
    func maximumInFlight(_ limit: Int) async throws {
        let gauge = Gauge(hold: .milliseconds(3))
        let client = try client(gauge.transport, pacing: IIQPacing(maximumInFlight: limit))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<100 {
                group.addTask { try await client.tickets.unassignAgent(from: TicketsAPITests.ticketID) }
            }
            try await group.waitForAll()
        }
        #expect(gauge.state.value.total == 100)
        #expect(gauge.state.value.peak <= limit)
        #expect(gauge.state.value.peak == limit, "100 callers should fill every slot")
    }

    @Test("The default allows 8 in flight")
    func defaultLimit() async throws {
        #expect(IIQPacing.default.maximumInFlight == 8)
        // Each call holds its slot 50 ms, so 50 callers pile up behind the limit even when a loaded
        // machine starts their tasks slowly (with 3 ms a CI run peaked at 5).
        let gauge = Gauge(hold: .milliseconds(50))
        let client = try client(gauge.transport, pacing: .default)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<50 { group.addTask { try await client.tickets.unassignTeam(from: TicketsAPITests.ticketID) } }
            try await group.waitForAll()
        }
        #expect(gauge.state.value.peak == 8)
    }

    @Test("A requests-per-second bucket spaces starts after the burst")
    func rate() async throws {
        let clock = VirtualClock()
        let client = try client(
            MockTransport { _ in .actionEnvelope() }, pacing: IIQPacing(requestsPerSecond: 10, burst: 2), clock: clock)
        for _ in 0..<5 { try await client.tickets.unassignAgent(from: TicketsAPITests.ticketID) }
        // Two start at once (the burst); then one every 100 ms.
        #expect(clock.sleeps == [.milliseconds(100), .milliseconds(100), .milliseconds(100)])
    }

    @Test("Pacing is per client: a busy client does not slow another")
    func perClient() async throws {
        let slow = Gauge(hold: .seconds(5))
        let busy = try client(slow.transport, pacing: IIQPacing(maximumInFlight: 1))
        let blocker = Task { try await busy.tickets.unassignAgent(from: TicketsAPITests.ticketID) }
        defer { blocker.cancel() }
        while slow.state.value.total == 0 { try await Task.sleep(for: .milliseconds(2)) }
        let other = try client(MockTransport { _ in .actionEnvelope() }, pacing: IIQPacing(maximumInFlight: 1))
        try await other.tickets.unassignAgent(from: TicketsAPITests.ticketID)
    }

    @Test("A call waiting for a slot ends at once when cancelled, and sends nothing")
    func cancelWhileQueued() async throws {
        let slow = Gauge(hold: .seconds(5))
        let client = try client(slow.transport, pacing: IIQPacing(maximumInFlight: 1))
        let blocker = Task { try await client.tickets.unassignAgent(from: TicketsAPITests.ticketID) }
        defer { blocker.cancel() }
        while slow.state.value.total == 0 { try await Task.sleep(for: .milliseconds(2)) }
        let queued = Task { try await client.tickets.unassignTeam(from: TicketsAPITests.ticketID) }
        try await Task.sleep(for: .milliseconds(20))
        queued.cancel()
        let result = await queued.result
        guard case .failure(let error) = result, IIQError.Code.cancelled ~= error else {
            Issue.record("got \(result)")
            return
        }
        #expect(slow.state.value.total == 1)
    }

    @Test(
        "Invalid pacing is refused",
        arguments: [
            IIQPacing(maximumInFlight: 0), IIQPacing(requestsPerSecond: 0), IIQPacing(requestsPerSecond: .infinity),
            IIQPacing(requestsPerSecond: 5, burst: 0),
        ])
    func invalid(_ pacing: IIQPacing) throws {
        let error = #expect(throws: IIQError.self) { try client(MockTransport(), pacing: pacing) }
        #expect(error?.configurationIssue == IIQConfigurationIssue(.pacing, .notPositive))
    }
}
