import Foundation
import IncidentIQ
import IncidentIQTesting
import Testing

/// The reliability issue's faults, played by the sandbox server on a real socket and met by the
/// real `URLSessionTransport` with the SDK's retry policy.
@Suite("Faults over real HTTP")
struct FaultsOverHTTPTests {
    static let quickRetries = IIQRetryPolicy(
        maximumAttempts: 3, baseDelay: .milliseconds(20), maximumDelay: .milliseconds(50),
        rateLimitBaseDelay: .milliseconds(20), rateLimitMaximumDelay: .milliseconds(50), maximumRetryAfter: .seconds(5))

    @Test("429 with Retry-After in seconds and as an HTTP-date is waited out, then the search succeeds")
    func rateLimitedThenServed() async throws {
        try await withServer { server in
            let client = try server.client(retryPolicy: Self.quickRetries)
            server.sandbox.inject(.rateLimited(retryAfter: .seconds(1)), on: "/assets")
            var before = server.sandbox.requestCount
            var start = ContinuousClock.now
            #expect(try await client.assets.search().first(2).count == 2)
            #expect(ContinuousClock.now - start >= .seconds(1))
            #expect(server.sandbox.requestCount - before == 2)

            server.sandbox.inject(.rateLimited(retryAfter: .date(Date().addingTimeInterval(2))), on: "/assets")
            before = server.sandbox.requestCount
            start = ContinuousClock.now
            #expect(try await client.assets.search().first(2).count == 2)
            #expect(ContinuousClock.now - start >= .milliseconds(900))
            #expect(server.sandbox.requestCount - before == 2)
        }
    }

    @Test("503, 503, then 200 succeeds on the third request; a create against 503 is sent once")
    func serverErrorsThenServed() async throws {
        try await withServer { server in
            let client = try server.client(retryPolicy: Self.quickRetries)
            server.sandbox.inject(.serverError(status: 503), times: 2, on: "/tickets")
            let before = server.sandbox.requestCount
            let tickets = try await client.tickets.search().first(1)
            #expect(server.sandbox.requestCount - before == 3)

            let ticket = try #require(tickets.first)
            server.sandbox.inject(.serverError(status: 503), times: 3, on: "/tickets/new")
            let start = server.sandbox.requestCount
            let error = await captureError {
                try await client.tickets.create(
                    IIQNewTicket(
                        requestor: try #require(ticket.requestorID), location: try #require(ticket.locationID),
                        issue: try #require(ticket.issueID), subject: "Once only"))
            }
            guard let thrown = error, thrown.code == .server, let failure = thrown.httpFailure else {
                Issue.record("expected 503, got \(String(describing: error))")
                return
            }
            #expect(failure.status == 503)
            #expect(server.sandbox.requestCount - start == 1)
            server.sandbox.removeAllFaults()
        }
    }

    @Test("a connection cut mid-response is retried for a read, and typed when retries are off")
    func connectionReset() async throws {
        try await withServer { server in
            server.sandbox.inject(.connectionReset, on: "/users")
            let retrying = try server.client(retryPolicy: Self.quickRetries)
            #expect(try await retrying.users.search().first(1).count == 1)

            server.sandbox.inject(.connectionReset, on: "/users")
            let once = try server.client()
            let error = await captureError { try await once.users.search().first(1) }
            switch error?.code {
            case .transport?, .decoding?: break
            default: Issue.record("expected a transport or decoding error, got \(String(describing: error))")
            }
        }
    }

    @Test("a stalled answer fails by the timeout, with a typed error")
    func stall() async throws {
        try await withServer { server in
            server.sandbox.inject(.latency(.seconds(5)), on: "/locations")
            let client = try server.client(timeout: .milliseconds(600))
            let start = ContinuousClock.now
            guard let failure = await captureError({ try await client.locations.all().first(1) })?.transportFailure
            else {
                Issue.record("expected a transport timeout")
                return
            }
            #expect(failure.kind == .timedOut)
            #expect(ContinuousClock.now - start < .seconds(4))
        }
    }

    @Test("a body cut short on the wire and an HTML 502 each give their own typed error")
    func brokenBodies() async throws {
        try await withServer { server in
            let client = try server.client()
            server.sandbox.inject(.truncatedBody, on: "/assets")
            let truncated = await captureError { try await client.assets.search().first(1) }
            switch truncated?.code {
            case .transport?, .decoding?: break
            default: Issue.record("expected a transport or decoding error, got \(String(describing: truncated))")
            }
            server.sandbox.inject(.htmlErrorPage(status: 502), on: "/assets")
            guard
                let failure = await captureError({ try await client.assets.search().first(1) }).flatMap({
                    $0.code == .server ? $0.httpFailure : nil
                })
            else {
                Issue.record("expected 502")
                return
            }
            #expect(failure.status == 502 && failure.contentType?.hasPrefix("text/html") == true)
            #expect(try await client.assets.search().first(1).count == 1)
        }
    }

    @Test("a 100 MB answer hits the size cap without the client holding it")
    func oversized() async throws {
        try await withServer { server in
            let client = try server.client()
            server.sandbox.inject(.oversizedBody(bytes: 100 << 20), on: "/assets")
            // Start the high-water mark here, so an earlier test's peak cannot count against this one.
            let peakWasReset = MemoryReading.resetPeak()
            let before = MemoryReading.residentBytes()
            guard let limit = await captureError({ try await client.assets.search().first(1) })?.responseSizeLimit
            else {
                Issue.record("expected responseTooLarge")
                return
            }
            #expect(limit <= 32 << 20)
            if peakWasReset, let before, let peak = MemoryReading.peakResidentBytes() {
                // The client never held the 100 MB; other tests running meanwhile share the margin.
                #expect(peak - before < 80 << 20, "peak \(peak >> 20) MiB, before \(before >> 20) MiB")
            }
            #expect(try await client.assets.search().first(1).count == 1, "the next request is served normally")
        }
    }
}

/// Resident memory of this process, from /proc on Linux.
enum MemoryReading {
    static func residentBytes() -> Int? { field("VmRSS:") }
    static func peakResidentBytes() -> Int? { field("VmHWM:") }

    /// Resets the peak (`VmHWM`) to the current resident size; false where the kernel does not allow it.
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    private static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return nil }
        return line.split(separator: " ").compactMap { Int($0) }.first.map { $0 * 1024 }
    }
}
