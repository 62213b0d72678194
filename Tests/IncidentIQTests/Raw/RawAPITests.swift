// swift-format-ignore-file: AlwaysUseLowerCamelCase

// The Codable types here spell Incident IQ's PascalCase wire names as their property names on purpose,
// as a caller's own plain type does (no CodingKeys), which is what these tests and baselines exercise.
import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Raw escape hatch: any route through the client's own path")
struct RawAPITests {
    struct Room: Decodable, Hashable, Sendable {
        var id: UUID
        var name: String?
        enum CodingKeys: String, CodingKey {
            case id = "LocationRoomId"
            case name = "Name"
        }
    }

    struct SLAEnvelope: Decodable {
        struct Item: Decodable {
            var Name: String
            var DueDate: Date
        }
        var Item: Item
    }

    @Test("method, path segments encoded one by one, query, and the client's headers")
    func wire() async throws {
        let mock = MockTransport(responses: [.itemEnvelope(["Name": "x"]), .actionEnvelope()])
        let token = Fixture.token
        let client = try Fixture.client(mock, product: .assets, token: token)
        _ = try await client.raw.get(
            ["assets", "assettag", "A/1 50%", ".."], query: ["$filter": "(Name eq 'a&b')", "$s": "5"])
        let request = try #require(mock.requests.first)
        #expect(request.method == .get)
        #expect(request.path == "/api/v1.0/assets/assettag/A%2F1%2050%25/%2E%2E")
        #expect(request.url.query(percentEncoded: true) == "$filter=(Name%20eq%20'a%26b')&$s=5")
        #expect(request.queryValue("$filter") == "(Name eq 'a&b')")
        #expect(request.headers["Authorization"] == "Bearer " + token)
        #expect(request.headers["User-Agent"] == IIQClient.userAgent)
        #expect(request.headers["SiteId"] == Fixture.siteID)
        #expect(request.headers["Client"] == "ApiClient")
        #expect(request.headers["ProductId"] == IIQProduct.assets.headerValue)
        #expect(request.headers["Content-Type"] == nil)
        #expect(request.body == nil)

        _ = try await client.raw.delete(.tenant("services", "users", "u 1"), options: .init(product: .ticketing))
        let second = try #require(mock.lastRequest)
        #expect(second.method == .delete)
        #expect(second.url.absoluteString == "https://demo.incidentiq.com/services/users/u%201")
        #expect(second.headers["ProductId"] == IIQProduct.ticketing.headerValue)
    }

    @Test("an empty segment is refused before anything is sent")
    func emptySegment() async throws {
        let mock = MockTransport()
        let client = try Fixture.client(mock)
        let error = await captureError { try await client.raw.get(["tickets", ""]) }
        guard (error)?.code == .invalidArgument else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(mock.requestCount == 0)
    }

    @Test("a body from any Encodable (IIQ dates) and from IIQJSONValue")
    func bodies() async throws {
        struct Body: Encodable {
            var Query: String
            var Since: Date
        }
        let mock = MockTransport(responses: [.actionEnvelope(), .actionEnvelope(), .actionEnvelope()])
        let client = try Fixture.client(mock)
        _ = try await client.raw.post(
            ["search", "v2"], body: Body(Query: "smith", Since: Date(timeIntervalSince1970: 1_700_000_000)))
        let first = try Fixture.jsonBody(mock.requests[0])
        #expect(first["Query"] as? String == "smith")
        #expect(first["Since"] as? String == IIQDateParser.string(from: Date(timeIntervalSince1970: 1_700_000_000)))
        #expect(mock.requests[0].headers["Content-Type"] == "application/json")

        let value: IIQJSONValue = ["Query": "smith", "Facets": 4, "IncludeMatchedItem": true, "Ids": ["a", .null]]
        _ = try await client.raw.post(["search", "v2"], body: value)
        let second = try Fixture.jsonBody(mock.requests[1])
        #expect(second["Facets"] as? Int == 4)
        #expect(second["IncludeMatchedItem"] as? Bool == true)
        #expect((second["Ids"] as? [Any])?.count == 2)
        #expect(String(decoding: mock.requests[1].body ?? Data(), as: UTF8.self).contains("\"Facets\":4"))

        _ = try await client.raw.send(IIQRawRequest(.put, ["tickets", "x", "undelete"]))
        #expect(mock.requests[2].method == .put && mock.requests[2].body == nil)
    }

    @Test("the answer decodes as the caller's type, IIQ dates included, or as IIQJSONValue")
    func decoding() async throws {
        let body = #"{"Item": {"Name": "4 hour response", "DueDate": "2026-04-17T10:05:00.5"}, "StatusCode": 200}"#
        let mock = MockTransport(responses: [.json(body), .json(body), .json(#"[1, "two"]"#)])
        let client = try Fixture.client(mock)
        let sla = try await client.raw.get(["tickets", "x", "sla"], as: SLAEnvelope.self)
        #expect(sla.Item.Name == "4 hour response")
        #expect(sla.Item.DueDate == Date(timeIntervalSince1970: 1_776_420_300.5))
        let json = try await client.raw.get(["tickets", "x", "sla"])
        #expect(json["Item"]?["Name"]?.stringValue == "4 hour response")
        #expect(json["StatusCode"]?.numberValue == 200)
        let array = try await client.raw.get(["anything"])
        #expect(array == .array([.number(1), .string("two")]))
    }

    @Test("typed errors: a 200 with Errors, a body that does not fit the type, a 404")
    func errors() async throws {
        let mock = MockTransport(responses: [
            .json(#"{"Item": null, "Errors": [{"ErrorKey": "Invalid", "Message": "Bad field"}]}"#),
            .json(#"{"Item": {"Name": 12}}"#),
            .json(#"{"Message": "No HTTP resource"}"#, status: 404),
        ])
        let client = try Fixture.client(mock)
        let failureError = await captureError({ try await client.raw.get(["x"]) })
        guard failureError?.code == .apiError, let failure = failureError?.httpFailure else {
            Issue.record("expected apiError")
            return
        }
        #expect(failure.errors.first?.message == "Bad field")
        #expect(failure.request.operation == "raw")
        let decodingError = await captureError({ try await client.raw.get(["x"], as: SLAEnvelope.self) }
        )
        guard decodingError?.code == .decoding, let decoding = decodingError?.decodingFailure else {
            Issue.record("expected decoding")
            return
        }
        #expect(decoding.codingPath == "Item.Name")
        let notFoundError = await captureError({ try await client.raw.get(["nope"]) })
        guard notFoundError?.code == .notFound, let notFound = notFoundError?.httpFailure else {
            Issue.record("expected notFound")
            return
        }
        #expect(notFound.request.path == "/nope")
    }

    @Test("pages walks $s and $p like the modelled searches, replacing the caller's own $s")
    func pages() async throws {
        func rooms(_ range: Range<Int>) -> [[String: Any]] {
            range.map { ["LocationRoomId": UUID().uuidString, "Name": "Room \($0)"] }
        }
        let mock = MockTransport(responses: [
            .listEnvelope(items: rooms(0..<2), pageIndex: 0, pageSize: 2, totalRows: 5),
            .listEnvelope(items: rooms(2..<4), pageIndex: 1, pageSize: 2, totalRows: 5),
            .listEnvelope(items: rooms(4..<5), pageIndex: 2, pageSize: 2, totalRows: 5),
        ])
        let client = try Fixture.client(mock)
        let request = IIQRawRequest.post(
            ["locations", "rooms"], query: ["$s": "999", "$filter": "x"], body: ["Filters": []] as IIQJSONValue,
            safeToRetry: true)
        let all = try await client.raw.pages(request, of: Room.self, pageSize: 2).prefetching(false).all()
        #expect(all.map(\.name) == ["Room 0", "Room 1", "Room 2", "Room 3", "Room 4"])
        #expect(mock.requests.map { $0.queryValue("$p") } == ["0", "1", "2"])
        #expect(mock.requests.allSatisfy { $0.queryValue("$s") == "2" && $0.queryValue("$filter") == "x" })
        #expect(mock.requests.allSatisfy { $0.queryItems.filter { $0.name == "$s" }.count == 1 })
        #expect(mock.requests.allSatisfy { $0.method == .post && $0.body == Data(#"{"Filters":[]}"#.utf8) })

        let json = MockTransport(responses: [.listEnvelope(items: rooms(0..<1))])
        let values = try await Fixture.client(json).raw.pages(.get(["locations", "rooms"])).all()
        #expect(values.first?["Name"]?.stringValue == "Room 0")
    }

    @Test("a raw call is sent once on a 503 unless it is declared safe to retry")
    func retrySafety() async throws {
        let unavailable = IIQHTTPResponse.json(#"{"Message": "busy"}"#, status: 503)
        let once = MockTransport(responses: [unavailable, .actionEnvelope()])
        let client = try Fixture.client(once, retryPolicy: .default)
        let error = await captureError {
            try await client.raw.post(["tickets", "x", "copy"], body: ["Copies": 1] as IIQJSONValue)
        }
        guard (error)?.code == .server else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(once.requestCount == 1)

        let getOnce = MockTransport(responses: [unavailable, .actionEnvelope()])
        _ = await captureError { try await Fixture.client(getOnce, retryPolicy: .default).raw.get(["slas"]) }
        #expect(getOnce.requestCount == 1)

        let retried = MockTransport(responses: [unavailable, .actionEnvelope()])
        let clock = VirtualClock()
        let retrying = try Fixture.client(retried, retryPolicy: .default, clock: clock)
        _ = try await retrying.raw.post(["assets", "count"], body: ["Filters": []] as IIQJSONValue, safeToRetry: true)
        #expect(retried.requestCount == 2)
        #expect(retried.requests.map(\.body) == [retried.requests[0].body, retried.requests[0].body])
        #expect(clock.sleeps.count == 1)

        let optedIn = MockTransport(responses: [unavailable, .actionEnvelope()])
        _ = try await Fixture.client(optedIn, retryPolicy: .default).raw.post(
            ["tickets", "x", "copy"], options: .init(retriesUnsafeOperation: true))
        #expect(optedIn.requestCount == 2)
    }

    @Test("the token never appears in an error from a raw call, however the server echoes it")
    func redaction() async throws {
        let token = Fixture.token
        let echo = #"{"Message": "Token \#(token) was refused", "ErrorKey": "\#(token)"}"#
        let mock = MockTransport(responses: [.json(echo, status: 401), .json(#"{"Item": {"Name": "\#(token)"}}"#)])
        let logs = LogCollector()
        let client = try Fixture.client(mock, logHandler: logs.handler, token: token)
        let error = await captureError { try await client.raw.get(.tenant("services", token), query: ["t": token]) }
        let text = String(describing: error) + String(reflecting: error as Any)
        guard (error)?.code == .unauthorized else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(!text.contains(token))
        #expect(!logs.records.description.contains(token))
        let decoding = await captureError { try await client.raw.get(["x"], as: SLAEnvelope.self) }
        #expect(!String(describing: decoding).contains(token))
    }

    @Test("deadline and timeout of the call apply")
    func deadline() async throws {
        let mock = MockTransport { _ in
            try await Task.sleep(for: .seconds(1))
            return .actionEnvelope()
        }
        var configuration = try IIQConfiguration(token: Fixture.token)
        configuration.retryPolicy = .never
        let client = try IIQClient(configuration: configuration, transport: mock)
        let error = await captureError {
            try await client.raw.get(["slow"], options: .init(deadline: .milliseconds(200)))
        }
        let failureError = error
        guard failureError?.code == .transport, let failure = failureError?.transportFailure else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.kind == .timedOut)
    }
}
