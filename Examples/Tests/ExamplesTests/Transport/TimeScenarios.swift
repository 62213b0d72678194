import Foundation
import IncidentIQ
import IncidentIQTesting
import Testing

extension TransportScenarios {
    /// Deadlines and timeouts hold, whatever the server does with its bytes, to within a margin that
    /// a loaded CI machine keeps and a broken bound (seconds late) does not.
    @Suite("Deadlines and timeouts")
    struct Time {
        /// How late a typed timeout may arrive after its bound. Every scenario's failure mode lasts
        /// seconds (the drip's body takes 12.8 s), so a wide margin still fails a broken bound, and it
        /// keeps a loaded 2-core CI machine's late wake-ups (seen at 700+ ms) from failing a sound one.
        static let tolerance: Duration = .milliseconds(400)

        /// 64 bytes of a JSON page, one every 200 ms: 12.8 s for the whole body, and no 200 ms
        /// without a byte, so an idle timer never fires.
        static let drip = FaultServer.Answer.drip(
            body: Data(#"{"Items":[],"Paging":{"PageIndex":0,"PageSize":1,"TotalRows":0}}"#.utf8.prefix(64)),
            every: .milliseconds(200))

        @Test(
            "A body dripped one byte every 200 ms fails a call with a 1 s deadline at 1 s, with a typed timeout",
            arguments: TransportKind.allCases, [false, true])
        func dripAgainstDeadline(_ kind: TransportKind, _ inConfiguration: Bool) async throws {
            let configure = { (configuration: inout IIQConfiguration) in
                configuration.retryPolicy = .default
                configuration.timeout = .seconds(5)
                if inConfiguration { configuration.deadline = .seconds(1) }
            }
            try await withScenario(kind, configure: configure) { scenario in
                scenario.server.script(Self.drip, Self.drip, Self.drip)
                let options = inConfiguration ? IIQRequestOptions.default : IIQRequestOptions(deadline: .seconds(1))
                let (error, elapsed) = await timed {
                    await captureError { try await scenario.client.locations.all(options: options).first(1) }
                }
                expectTimedOut(error)
                #expect(elapsed >= .milliseconds(995), "\(elapsed.milliseconds) ms")
                #expect(elapsed <= .seconds(1) + Self.tolerance, "\(elapsed.milliseconds) ms")
            }
        }

        @Test(
            "A sub-second or fractional timeout applies as set, to within 100 ms, against a stalled server",
            arguments: TransportKind.allCases, [500, 1900])
        func stalled(_ kind: TransportKind, _ milliseconds: Int) async throws {
            let timeout = Duration.milliseconds(milliseconds)
            let configure = { (configuration: inout IIQConfiguration) in configuration.timeout = timeout }
            try await withScenario(kind, configure: configure) { scenario in
                scenario.server.script(.stall)
                let (error, elapsed) = await timed {
                    await captureError { try await scenario.client.locations.all().first(1) }
                }
                expectTimedOut(error)
                #expect(elapsed >= timeout - .milliseconds(5), "\(elapsed.milliseconds) ms")
                #expect(elapsed <= timeout + Self.tolerance, "\(elapsed.milliseconds) ms")
            }
        }

        @Test(
            "The per-attempt timeout is total, not idle: a drip fails a 500 ms timeout at 500 ms",
            arguments: TransportKind.allCases)
        func dripAgainstTimeout(_ kind: TransportKind) async throws {
            let configure = { (configuration: inout IIQConfiguration) in configuration.timeout = .milliseconds(500) }
            try await withScenario(kind, configure: configure) { scenario in
                scenario.server.script(Self.drip)
                let (error, elapsed) = await timed {
                    await captureError { try await scenario.client.locations.all().first(1) }
                }
                expectTimedOut(error)
                #expect(elapsed <= .milliseconds(500) + Self.tolerance, "\(elapsed.milliseconds) ms")
            }
        }

        @Test(
            "The transport stops within 100 ms when its task is cancelled mid-body", arguments: TransportKind.allCases)
        func transportCancellation(_ kind: TransportKind) async throws {
            try await withScenario(kind) { scenario in
                let request = IIQHTTPRequest(
                    method: .get, url: scenario.server.baseURL.appending(path: "locations/all"), timeout: .seconds(10))
                scenario.server.script(Self.drip)
                let transport = scenario.transport
                let task = Task { try await transport.send(request) }
                try await Task.sleep(for: .milliseconds(300))
                let (cancelled, stopped) = await timed {
                    task.cancel()
                    return await task.result
                }
                #expect(throws: (any Error).self) { try cancelled.get() }
                #expect(stopped <= Self.tolerance, "cancellation: \(stopped.milliseconds) ms")
            }
        }
    }
}

/// Expects a typed timeout.
func expectTimedOut(_ error: IIQError?, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let failure = error?.transportFailure else {
        Issue.record("expected a typed timeout, got \(String(describing: error))", sourceLocation: sourceLocation)
        return
    }
    #expect(failure.kind == .timedOut, sourceLocation: sourceLocation)
}

extension Result where Failure == any Error {
    /// The result of an async throwing body.
    init(catching body: () async throws -> Success) async {
        do {
            self = .success(try await body())
        } catch {
            self = .failure(error)
        }
    }
}
