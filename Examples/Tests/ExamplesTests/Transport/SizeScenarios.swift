import Foundation
import IncidentIQ
import IncidentIQTesting
import Synchronization
import Testing

extension TransportScenarios {
    /// The size cap bounds what the process holds, not only what the SDK keeps: compressed and
    /// plain bodies alike, bombs included. Only gzip is asked for, and only gzip is accepted.
    @Suite("Size cap and encodings")
    struct Size {
        /// The cap these scenarios set: small, so a transport that holds a bomb stands out.
        static let cap = 1 << 20
        /// What peak RSS may grow by beyond the cap: buffers, the server's own copy of the bytes
        /// it sends (it runs in this process), and suites running beside this one.
        static let slack = 32 << 20
        /// Past this growth the watchdog cancels the call, so a failing transport cannot take the machine down.
        static let ceiling = 512 << 20
        /// 1,040,481 bytes of gzip that inflate to 1 GiB of zeros.
        static let bomb = GzipBomb.make(inflatingTo: 1 << 30)

        @Test("gzip is the only encoding asked for", arguments: TransportKind.allCases)
        func acceptEncoding(_ kind: TransportKind) async throws {
            try await withScenario(kind) { scenario in
                _ = try await scenario.client.locations.all().first(1)
                let received = try #require(scenario.server.received.first)
                #expect(received.header("Accept-Encoding")?.lowercased() == "gzip")
            }
        }

        @Test("A gzip page under the cap is decoded", arguments: TransportKind.allCases)
        func gzipServed(_ kind: TransportKind) async throws {
            try await withScenario(kind) { scenario in
                scenario.server.script(.gzippedSandboxAnswer)
                let assets = try await scenario.client.assets.search().first(3)
                #expect(assets.count == 3)
            }
        }

        @Test(
            "A gzip bomb (1 MB inflating to 1 GiB) fails at a 1 MiB cap, and peak RSS grows by less than the cap plus 32 MiB",
            arguments: TransportKind.allCases)
        func gzipBomb(_ kind: TransportKind) async throws {
            #expect(Self.bomb.inflatedSize >= 1 << 30 && Self.bomb.compressed.count < 1_100_000)
            try await withScenario(kind, maximumResponseSize: Self.cap) { scenario in
                scenario.server.script(
                    .raw(
                        status: 200, headers: [("Content-Type", "application/json"), ("Content-Encoding", "gzip")],
                        body: Self.bomb.compressed))
                try await expectTooLarge(scenario) { try await $0.client.assets.search().first(1) }
            }
        }

        @Test(
            "A plain 64 MiB body with no Content-Length fails at a 1 MiB cap, and peak RSS stays within the cap plus 32 MiB",
            arguments: TransportKind.allCases)
        func plainStream(_ kind: TransportKind) async throws {
            try await withScenario(kind, maximumResponseSize: Self.cap) { scenario in
                scenario.server.script(.chunked(size: 64 << 20))
                try await expectTooLarge(scenario) { try await $0.client.assets.search().first(1) }
            }
        }

        @Test("A Content-Length over the cap fails before the body is read", arguments: TransportKind.allCases)
        func declaredTooLarge(_ kind: TransportKind) async throws {
            try await withScenario(kind, maximumResponseSize: Self.cap) { scenario in
                scenario.server.script(
                    .raw(status: 200, headers: [("Content-Type", "application/json")], body: Data(count: 4 << 20)))
                try await expectTooLarge(scenario) { try await $0.client.assets.search().first(1) }
            }
        }

        @Test(
            "A Content-Encoding the client did not ask for is refused: stacked gzip, br, deflate and the like",
            arguments: TransportKind.allCases)
        func encodingsRefused(_ kind: TransportKind) async throws {
            let page = Data(#"{"Items":[],"Paging":{"PageIndex":0,"PageSize":1,"TotalRows":0}}"#.utf8)
            let twice = GzipBomb.stored(GzipBomb.stored(page))
            let cases: [(headers: [(String, String)], body: Data)] = [
                ([("Content-Encoding", "gzip, gzip")], twice),
                ([("Content-Encoding", "gzip"), ("Content-Encoding", "gzip")], twice),
                ([("Content-Encoding", "br")], Data(repeating: 0x8b, count: 64)),
                ([("Content-Encoding", "deflate")], Data(repeating: 0x78, count: 64)),
                ([("Content-Encoding", "identity, gzip")], GzipBomb.stored(page)),
                ([("Content-Encoding", "compress")], Data(repeating: 0x1f, count: 64)),
            ]
            try await withScenario(kind) { scenario in
                for (headers, body) in cases {
                    scenario.server.script(
                        .raw(status: 200, headers: headers + [("Content-Type", "application/json")], body: body))
                    let error = await captureError { try await scenario.client.assets.search().first(1) }
                    expectEncodingRefused(error, "\(headers)")
                }
            }
        }

        /// Runs the call under the watchdog and expects the cap, with peak RSS within cap plus slack.
        private func expectTooLarge(
            _ scenario: Scenario, sourceLocation: SourceLocation = #_sourceLocation,
            _ call: @escaping @Sendable (Scenario) async throws -> some Sendable
        ) async throws {
            let (error, growth) = await MemoryWatch.run(ceiling: Self.ceiling) {
                await captureError({ try await call(scenario) }, sourceLocation: sourceLocation)
            }
            guard let limit = error?.responseSizeLimit else {
                Issue.record(
                    "expected responseTooLarge, got \(String(describing: error))", sourceLocation: sourceLocation)
                return
            }
            #expect(limit == Self.cap, sourceLocation: sourceLocation)
            if let growth {
                #expect(
                    growth <= Self.cap + Self.slack, "peak RSS grew by \(growth >> 20) MiB",
                    sourceLocation: sourceLocation)
            }
            // The connection is not left in a bad state: the next call is served.
            #expect(try await scenario.client.locations.all().first(1).count == 1, sourceLocation: sourceLocation)
        }
    }
}

/// Expects an encoding refused by the transport.
func expectEncodingRefused(_ error: IIQError?, _ comment: String, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let failure = error?.transportFailure else {
        Issue.record(
            "expected a refused encoding, got \(String(describing: error)) for \(comment)",
            sourceLocation: sourceLocation)
        return
    }
    #expect(
        failure.kind == .unsupportedContentEncoding, "\(comment): \(failure.underlying)", sourceLocation: sourceLocation
    )
}

/// Peak resident memory while a body runs, with a watchdog that cancels the body when memory
/// grows past a ceiling, so a transport that buffers a bomb fails the test instead of the machine.
enum MemoryWatch {
    /// Runs `body`; returns its result and how much peak RSS grew, or `nil` where /proc cannot tell.
    static func run<Result: Sendable>(
        ceiling: Int, _ body: @escaping @Sendable () async -> Result
    ) async -> (Result, growth: Int?) {
        let peakWasReset = MemoryReading.resetPeak()
        let before = MemoryReading.residentBytes()
        let work = Task { await body() }
        let watchdog = Task {
            guard let before else { return }
            while !Task.isCancelled {
                if let now = MemoryReading.residentBytes(), now - before > ceiling {
                    Issue.record("resident memory grew by \(( now - before) >> 20) MiB; the call was cancelled")
                    work.cancel()
                    return
                }
                try? await Task.sleep(for: .milliseconds(5))
            }
        }
        let result = await work.value
        watchdog.cancel()
        guard peakWasReset, let before, let peak = MemoryReading.peakResidentBytes() else { return (result, nil) }
        return (result, peak - before)
    }
}
