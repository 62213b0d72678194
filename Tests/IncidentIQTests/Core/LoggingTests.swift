import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Logging hook")
struct LoggingTests {
    @Test("Records operation, method, path, status, attempt and duration")
    func records() async throws {
        let logs = LogCollector()
        let mock = MockTransport(responses: [.actionEnvelope(), .json("{}", status: 404)])
        let client = try Fixture.client(mock, logHandler: logs.handler)
        try await client.action(IIQOperation("tickets.close", .post, ["tickets", "1", "close"]), options: .default)
        _ = await captureError {
            try await client.action(IIQOperation("tickets.get", .get, ["tickets", "2"]), options: .default)
        }
        let records = logs.records
        try #require(records.count == 2)
        #expect(records[0].operation == "tickets.close")
        #expect(records[0].method == .post)
        #expect(records[0].path == "/tickets/1/close")
        #expect(records[0].status == 200)
        #expect(records[0].attempt == 1)
        #expect(records[0].duration >= .zero)
        #expect(records[0].failure == nil)
        #expect(records[1].status == 404)
        #expect(records[1].failure?.contains("Not found") == true)
    }

    @Test("No handler, no records: the default logs nothing")
    func silentByDefault() throws {
        let configuration = try IIQConfiguration(token: Fixture.token)
        #expect(configuration.logHandler == nil)
    }
}
