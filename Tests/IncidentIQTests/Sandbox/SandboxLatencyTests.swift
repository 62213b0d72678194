import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

@Suite("Sandbox: latency, rate limits and rendering")
struct SandboxLatencyTests {
    /// A client for `sandbox` with a real clock: latency and back-off sleeps take real time.
    func liveClient(_ sandbox: IIQSandbox, retryPolicy: IIQRetryPolicy = .never) throws -> IIQClient {
        try sandbox.makeClient { $0.retryPolicy = retryPolicy }
    }

    @Test("Latency: a fixed part on every answer, and a part per item of a list answer")
    func latency() async throws {
        let sandbox = IIQSandbox(district: IIQSandboxDistrict(assets: 200))
        let client = try liveClient(sandbox)
        let clock = ContinuousClock()
        sandbox.latency = IIQSandboxLatency(fixed: .milliseconds(80))
        var start = clock.now
        _ = try await client.assets.search(IIQAssetQuery(pageSize: 5)).first(1)
        #expect(clock.now - start >= .milliseconds(80))
        sandbox.latency = IIQSandboxLatency(fixed: .milliseconds(10), perItem: .milliseconds(1))
        start = clock.now
        let page = try #require(try await client.assets.search(IIQAssetQuery(pageSize: 100)).pages.first { _ in true })
        #expect(page.items.count == 100)
        #expect(clock.now - start >= .milliseconds(110))
        #expect(sandbox.latency == IIQSandboxLatency(fixed: .milliseconds(10), perItem: .milliseconds(1)))
        sandbox.latency = .none
    }

    @Test("A rate limit answers 429 at once to a request past it, and counts the 429s")
    func rateLimit() async throws {
        let sandbox = IIQSandbox(district: IIQSandboxDistrict(assets: 200))
        // Long enough that the five requests overlap even on a loaded 2-core machine.
        sandbox.latency = IIQSandboxLatency(fixed: .milliseconds(1500))
        sandbox.rateLimit = IIQSandboxRateLimit(maximumInFlight: 2, retryAfter: .seconds(3))
        let client = try liveClient(sandbox)
        let outcomes = try await withThrowingTaskGroup(of: IIQError?.self) { group in
            for _ in 0..<5 {
                group.addTask {
                    do {
                        _ = try await client.assets.search(IIQAssetQuery(pageSize: 1)).first(1)
                        return nil
                    } catch let error as IIQError {
                        return error
                    }
                }
            }
            return try await group.reduce(into: [IIQError?]()) { $0.append($1) }
        }
        let refused = outcomes.compactMap { $0 }
        #expect(outcomes.count == 5)
        // At most 2 in flight: at least 3 of 5 refused when all overlap; at least 1 however they are scheduled.
        #expect((1...3).contains(refused.count), "\(refused.count) refused")
        for error in refused {
            guard case .rateLimited(let retryAfter, _) = error.detail else {
                Issue.record("got \(error)")
                continue
            }
            #expect(retryAfter == .seconds(3))
        }
        #expect(sandbox.rateLimitedCount == refused.count)
        #expect(sandbox.rateLimit?.maximumInFlight == 2)
        sandbox.rateLimit = nil
        sandbox.latency = .none
        #expect(try await client.assets.search(IIQAssetQuery(pageSize: 1)).first(1).count == 1)
    }

    /// A burst of 429s must never become a retry storm: against a tenant that refuses a third request
    /// in flight, a parallel walk of 30 pages pays one extra request per 429, and few 429s.
    @Test("A parallel walk against a tenant that allows 2 requests at once: bounded requests and 429s")
    func noRetryStormInFlight() async throws {
        let sandbox = IIQSandbox(district: IIQSandboxDistrict(assets: 600))
        sandbox.latency = IIQSandboxLatency(fixed: .milliseconds(15))
        sandbox.rateLimit = IIQSandboxRateLimit(maximumInFlight: 2)
        let client = try liveClient(
            sandbox,
            retryPolicy: IIQRetryPolicy(
                maximumAttempts: 8, rateLimitBaseDelay: .milliseconds(10), rateLimitMaximumDelay: .milliseconds(40)))
        let before = sandbox.requestCount
        let assets = try await client.assets.search(IIQAssetQuery(pageSize: 20)).all()
        #expect(assets.count == 600)
        #expect(Set(assets.map(\.id)).count == 600)
        let requests = sandbox.requestCount - before
        let refused = sandbox.rateLimitedCount
        // 30 pages: every 429 costs exactly one more request, and the 429s stay a fraction of the
        // pages, because each halves the walk's limit (a fixed 8 in flight would see 6 of 8 refused).
        #expect(requests == 30 + refused)
        #expect(refused <= 15, "\(refused) 429s for 30 pages")
    }

    /// The same against a requests-per-second limit that says when to come back: the client pauses
    /// every request until then, so the 429s stay few however many pages are in flight.
    @Test("A parallel walk against a tenant limited to 40 requests a second, Retry-After 1: few 429s")
    func noRetryStormRate() async throws {
        let sandbox = IIQSandbox(district: IIQSandboxDistrict(assets: 600))
        sandbox.latency = IIQSandboxLatency(fixed: .milliseconds(10))
        sandbox.rateLimit = IIQSandboxRateLimit(requestsPerSecond: 40, burst: 4, retryAfter: .seconds(1))
        let client = try liveClient(sandbox, retryPolicy: IIQRetryPolicy(maximumAttempts: 5))
        let before = sandbox.requestCount
        let clock = ContinuousClock()
        let start = clock.now
        let assets = try await client.assets.search(IIQAssetQuery(pageSize: 30)).all()
        let elapsed = clock.now - start
        #expect(assets.count == 600)
        let requests = sandbox.requestCount - before
        let refused = sandbox.rateLimitedCount
        #expect(requests == 20 + refused)
        // Each 429 pauses the whole client for a second, and only the requests on the wire at that
        // moment can be refused with it: at most one 429 for two pages, where a storm would retry
        // every page several times.
        #expect(refused <= 10, "\(refused) 429s for 20 pages in \(elapsed)")
    }

    /// The zone-less format, written the slow, obvious way.
    static func reference(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let whole = Date(
            timeIntervalSince1970: Double(
                milliseconds.quotientAndRemainder(dividingBy: 1000).quotient
                    - (milliseconds % 1000 < 0 ? 1 : 0)))
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: whole)
        var text = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!,
            parts.minute!, parts.second!)
        let fraction = ((milliseconds % 1000) + 1000) % 1000
        if fraction > 0 {
            var digits = String(format: "%03d", fraction)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }

    @Test("The writer: GUIDs lowercase, timestamps, integers and escapes exactly as JSONSerialization reads them")
    func writer() throws {
        for _ in 0..<50 {
            let id = UUID()
            #expect(String(decoding: SandboxJSON.id(id).bytes, as: UTF8.self) == "\"\(id.uuidString.lowercased())\"")
        }
        #expect(
            String(decoding: SandboxJSON.id(nil).bytes, as: UTF8.self) == "\"00000000-0000-0000-0000-000000000000\"")
        var generator = SystemRandomNumberGenerator()
        let random = (0..<50).map { _ in
            Double(Int.random(in: -2_000_000_000...4_000_000_000, using: &generator)) / 1000 * 997
        }
        for seconds in [0, -1, 1_523_286_948.127, 1_523_877_762.1, 1_574_208_000, 4_102_444_799.999] + random {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(String(decoding: SandboxJSON.date(date).bytes, as: UTF8.self) == "\"\(Self.reference(date))\"")
        }
        let numbers = [0, 7, -7, 10, 1_234_567_890, Int.max, Int.min]
        let text = "plain \"quoted\" back\\slash\nline\ttab\u{01}ctl é 漢字 🙂"
        let document = SandboxJSON.object([
            ("Numbers", .array(numbers.map(SandboxJSON.int))), ("Text", .string(text)), ("Empty", .string("")),
        ])
        let parsed = try #require(try JSONSerialization.jsonObject(with: document.data) as? [String: Any])
        #expect((parsed["Numbers"] as? [NSNumber])?.map(\.int64Value) == numbers.map(Int64.init))
        #expect(parsed["Text"] as? String == text)
        #expect(parsed["Empty"] as? String == "")
        #expect(
            SandboxIDs.precedes(
                UUID(uuidString: "0A000000-0000-0000-0000-000000000000")!,
                UUID(uuidString: "A0000000-0000-0000-0000-000000000000")!))
    }
}
