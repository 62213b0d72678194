import Foundation
import IncidentIQ
import IncidentIQTesting

/// Per-request overhead: building the request, headers and URL, checking the envelope and decoding
/// a tiny body, through MockTransport, with the transport's own cost taken out.
enum OverheadBenchmarks {
    static func run(into report: inout Report) async throws {
        let id = IIQTicket.ID(UUID())
        let body = Data(#"{"Item":{"TicketId":"\#(id)","Subject":"Tiny"},"StatusCode":200}"#.utf8)
        let response = IIQHTTPResponse.json(body)
        let mock = MockTransport { _ in response }
        let client = try IIQClient(token: IIQTestToken.make(), transport: mock)
        let calls = 20_000
        var total: [Duration] = []
        total.reserveCapacity(calls)
        for _ in 0..<1000 { _ = try await client.tickets.get(id) }
        for _ in 0..<calls {
            let start = ContinuousClock.now
            _ = try await client.tickets.get(id)
            total.append(ContinuousClock.now - start)
        }
        let request = try `require`(mock.lastRequest)
        var transport: [Duration] = []
        for _ in 0..<calls {
            let start = ContinuousClock.now
            _ = try await mock.send(request)
            transport.append(ContinuousClock.now - start)
        }
        let median = total.sorted()[calls / 2]
        let transportMedian = transport.sorted()[calls / 2]
        let overhead = (median - transportMedian).microseconds
        report.add(
            "Per-request overhead (median, transport excluded)", sdk: "\(overhead.formatted(1)) us",
            baseline: "transport \(transportMedian.microseconds.formatted(1)) us", ratio: "-", target: "<= 20 us",
            holds: overhead <= 20)
    }
}

/// `#require` for a benchmark: a missing value is an error, not a crash.
func `require`<T>(_ value: T?) throws -> T {
    guard let value else { throw BenchmarkError.unexpected("a value was missing") }
    return value
}
