import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

/// Timeouts and deadlines are totals enforced by the client, to within 100 ms, for any transport.
@Suite("Deadlines and timeouts", .serialized)
struct DeadlineTests {
    static let location = IIQLocation.ID("1a2b3c4d-5555-4a4a-cccc-eeeeeeeeeeee")!
    static let executor = DedicatedThreadExecutor(name: "deadline-timing")

    func client(_ server: LoopbackServer, timeout: Duration = .seconds(30), deadline: Duration = .seconds(120)) throws
        -> IIQClient
    {
        var configuration = try IIQConfiguration(
            token: Fixture.token, baseURL: URL(string: server.baseURL), allowsInsecureLoopback: true)
        configuration.timeout = timeout
        configuration.deadline = deadline
        configuration.retryPolicy = .never
        return try IIQClient(configuration: configuration, transport: URLSessionTransport())
    }

    /// How long `body` takes, and the error it threw; timed on a thread of its own.
    func timed(_ body: @escaping @Sendable () async throws -> Void) async -> (Duration, IIQError?) {
        await Task(executorPreference: Self.executor) {
            let clock = ContinuousClock()
            let start = clock.now
            let error = await captureError { try await body() }
            return (clock.now - start, error)
        }.value
    }

    static func expectTimedOut(_ error: IIQError?, sourceLocation: SourceLocation = #_sourceLocation) {
        guard case .transport(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))", sourceLocation: sourceLocation)
            return
        }
        #expect(failure.kind == .timedOut, sourceLocation: sourceLocation)
    }

    @Test("A server that drips a byte every 200 ms cannot stretch a 1 s deadline")
    func drip() async throws {
        let body = Data(#"{"Item":{"LocationId":"1a2b3c4d-5555-4a4a-cccc-eeeeeeeeeeee","Name":"LHS"}}"#.utf8)
        let server = try LoopbackServer { _ in
            LoopbackServer.Response(
                status: 200, headers: [("Content-Type", "application/json")], body: body, drip: .milliseconds(200))
        }
        defer { server.stop() }
        let client = try client(server, deadline: .seconds(1))
        let (elapsed, error) = await timed { _ = try await client.locations.get(Self.location) }
        Self.expectTimedOut(error)
        #expect(elapsed >= .milliseconds(990))
        #expect(elapsed < .milliseconds(1100), "took \(elapsed)")
        if case .transport(let failure)? = error?.detail { #expect(failure.underlying.contains("deadline")) }
    }

    @Test("Sub-second and fractional timeouts apply as set", arguments: [500, 1900])
    func fractional(_ milliseconds: Int) async throws {
        let server = try LoopbackServer { _ in LoopbackServer.Response(status: 200, stall: .seconds(10)) }
        defer { server.stop() }
        let client = try client(server, timeout: .milliseconds(milliseconds))
        let (elapsed, error) = await timed { _ = try await client.locations.get(Self.location) }
        Self.expectTimedOut(error)
        #expect(elapsed >= .milliseconds(milliseconds - 10))
        #expect(elapsed < .milliseconds(milliseconds + 100), "took \(elapsed)")
    }

    @Test("The deadline holds for a transport that ignores cancellation")
    func anyTransport() async throws {
        let stuck = StuckTransport()
        var configuration = try IIQConfiguration(token: Fixture.token)
        configuration.deadline = .milliseconds(300)
        configuration.retryPolicy = .default
        let client = try IIQClient(configuration: configuration, transport: stuck)
        let (elapsed, error) = await timed { _ = try await client.locations.get(Self.location) }
        Self.expectTimedOut(error)
        #expect(elapsed < .milliseconds(400), "took \(elapsed)")
        #expect(stuck.calls.value == 1, "no retry starts after the deadline")
    }

    @Test("A call waiting for a pacing slot ends at its deadline")
    func slotWait() async throws {
        let stuck = StuckTransport()
        var configuration = try IIQConfiguration(token: Fixture.token)
        configuration.pacing = IIQPacing(maximumInFlight: 1)
        configuration.retryPolicy = .never
        let client = try IIQClient(configuration: configuration, transport: stuck)
        let holder = Task { _ = try? await client.locations.get(Self.location, options: .init(deadline: .seconds(5))) }
        defer { holder.cancel() }
        #expect(await eventually { stuck.calls.value == 1 })
        let (elapsed, error) = await timed {
            _ = try await client.locations.get(Self.location, options: .init(deadline: .milliseconds(300)))
        }
        Self.expectTimedOut(error)
        // Without the deadline the call would wait for the holder's slot, 5 s. The margin over 300 ms
        // is wide because on a loaded 2-core CI machine the wake-up alone took 407 and 513 ms.
        #expect(elapsed >= .milliseconds(250) && elapsed < .milliseconds(1_500), "took \(elapsed)")
        #expect(stuck.calls.value == 1)
    }

    @Test("Timeouts and deadlines the SDK cannot honour are refused before any I/O")
    func validation() async throws {
        var configuration = try IIQConfiguration(token: Fixture.token)
        configuration.timeout = .milliseconds(5)
        #expect(throws: IIQError.self) { try configuration.validate() }
        #expect((try? configuration.validate()) == nil)
        configuration.timeout = .seconds(90_000)
        do {
            try configuration.validate()
            Issue.record("a 25-hour timeout was accepted")
        } catch {
            #expect(error.configurationIssue == IIQConfigurationIssue(.timeout, .outOfRange))
        }
        configuration.timeout = .seconds(30)
        let mock = MockTransport { _ in .json(#"{"Item":{}}"#) }
        let client = try IIQClient(configuration: configuration, transport: mock)
        let error = await captureError {
            try await client.locations.get(Self.location, options: .init(deadline: .milliseconds(1)))
        }
        #expect(error?.configurationIssue == IIQConfigurationIssue(.deadline, .outOfRange))
        #expect(mock.requestCount == 0)
    }
}

/// A transport that never answers and ignores cancellation, as a broken custom transport might.
final class StuckTransport: IIQTransport {
    let calls = Locked(0)

    func send(_ request: IIQHTTPRequest) async throws -> IIQHTTPResponse {
        calls.mutate { $0 += 1 }
        await withUnsafeContinuation { (_: UnsafeContinuation<Void, Never>) in }
        throw CancellationError()
    }
}
