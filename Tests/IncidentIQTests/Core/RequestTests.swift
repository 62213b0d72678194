import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Requests: headers, paths and queries")
struct RequestTests {
    static let actionOK = IIQHTTPResponse.actionEnvelope()

    @Test("Every request carries IIQ's headers; Content-Type only with a body")
    func headers() async throws {
        let token = IIQTestToken.make()
        let mock = MockTransport(responses: [Self.actionOK, Self.actionOK])
        let client = try Fixture.client(mock, token: token)
        try await client.action(IIQOperation("test.get", .get, ["tickets", "statuses"]), options: .default)
        try await client.action(
            IIQOperation("test.post", .post, ["tickets"]).with(body: ["Schema": "All"]), options: .default)
        let requests = mock.requests
        try #require(requests.count == 2)
        for request in requests {
            #expect(request.headers["Authorization"] == "Bearer " + token)
            #expect(request.headers["siteid"] == Fixture.siteID)
            #expect(request.headers["Client"] == "ApiClient")
            #expect(request.headers["Accept"] == "application/json")
            #expect(request.headers["User-Agent"] == "IncidentIQ-Swift/\(IIQClient.version)")
            #expect(request.headers["ProductId"] == nil)
            #expect(request.timeout == .seconds(30))
        }
        #expect(requests[0].headers["Content-Type"] == nil)
        #expect(requests[0].body == nil)
        #expect(requests[1].headers["Content-Type"] == "application/json")
        #expect(try Fixture.jsonBody(requests[1])["Schema"] as? String == "All")
    }

    @Test("ProductId comes from the client, and a single call can override it")
    func productHeader() async throws {
        let mock = MockTransport(responses: [Self.actionOK, Self.actionOK])
        let client = try Fixture.client(mock, product: .ticketing)
        let operation = IIQOperation("test", .get, ["x"])
        try await client.action(operation, options: .default)
        try await client.action(operation, options: IIQRequestOptions(product: .assets, timeout: .seconds(5)))
        #expect(mock.requests[0].headers["ProductId"] == IIQProduct.ticketing.headerValue)
        #expect(mock.requests[1].headers.values(for: "ProductId") == [IIQProduct.assets.headerValue])
        #expect(mock.requests[1].timeout == .seconds(5))
    }

    @Test(
        "Path parameters are percent-encoded and cannot change the route",
        arguments: [
            ("ABC123", "/api/v1.0/assets/assettag/ABC123"),
            ("a/b", "/api/v1.0/assets/assettag/a%2Fb"),
            ("what?x=1", "/api/v1.0/assets/assettag/what%3Fx%3D1"),
            ("tag#1", "/api/v1.0/assets/assettag/tag%231"),
            ("100%", "/api/v1.0/assets/assettag/100%25"),
            ("two words", "/api/v1.0/assets/assettag/two%20words"),
            ("..", "/api/v1.0/assets/assettag/%2E%2E"),
            ("é", "/api/v1.0/assets/assettag/%C3%A9"),
        ])
    func pathEncoding(_ tag: String, _ expectedPath: String) async throws {
        let mock = MockTransport(responses: [Self.actionOK])
        let client = try Fixture.client(mock)
        try await client.action(IIQOperation("test", .get, ["assets", "assettag", tag]), options: .default)
        let request = try #require(mock.lastRequest)
        #expect(request.path == expectedPath)
        #expect(request.url.host == "demo.incidentiq.com")
        #expect(request.url.query == nil)
        #expect(request.url.fragment == nil)
    }

    @Test(
        "Query items keep a literal $ and encode separators",
        arguments: [
            ("$s", "100", "$s=100"),
            ("$p", "0", "$p=0"),
            ("$o", "AssetTag DESC", "$o=AssetTag%20DESC"),
            ("$d", "Descending", "$d=Descending"),
            ("$filter", "(LocationId eq 'x')", "$filter=(LocationId%20eq%20'x')"),
            ("q", "a&b=c+d#e;f", "q=a%26b%3Dc%2Bd%23e%3Bf"),
        ])
    func queryEncoding(_ name: String, _ value: String, _ expected: String) async throws {
        let mock = MockTransport(responses: [Self.actionOK])
        let client = try Fixture.client(mock)
        try await client.action(IIQOperation("test", .get, ["users"], query: [(name, value)]), options: .default)
        let request = try #require(mock.lastRequest)
        #expect(request.url.query(percentEncoded: true) == expected)
        #expect(request.queryValue(name) == value)
    }

    @Test("Paths join the base URL without doubled or missing slashes")
    func joining() async throws {
        for base in ["https://demo.incidentiq.com", "https://demo.incidentiq.com/api/v1.0/"] {
            let mock = MockTransport(responses: [Self.actionOK])
            let configuration = try IIQConfiguration(token: Fixture.token, baseURL: URL(string: base))
            let client = try IIQClient(configuration: configuration, transport: mock)
            try await client.action(IIQOperation("test", .get, ["tickets", "statuses"]), options: .default)
            #expect(mock.lastRequest?.url.absoluteString == "https://demo.incidentiq.com/api/v1.0/tickets/statuses")
        }
    }

    @Test("An empty path parameter is refused before sending")
    func emptySegment() async throws {
        let mock = MockTransport()
        let client = try Fixture.client(mock)
        let error = await captureError {
            try await client.action(IIQOperation("assets.byTag", .get, ["assets", ""]), options: .default)
        }
        guard case .invalidArgument(let issue)? = error?.detail else {
            Issue.record("expected invalidArgument, got \(String(describing: error))")
            return
        }
        #expect(issue.operation == "assets.byTag")
        #expect(mock.requestCount == 0)
    }

    @Test("Percent-encoding matches Foundation's addingPercentEncoding byte for byte")
    func percentEncodingMatchesFoundation() {
        let segment = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let query = CharacterSet(
            charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~$'()*,:@/!")
        let ascii = String(decoding: (1..<128).map { UInt8($0) }, as: UTF8.self)
        var samples = ["", "plain", "a b&c=d+e#f%g;h", "$s", "Grade 5/6", "é", "naïve café", "日本語", "😀 emoji", ascii]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let scalars = (0..<Int.random(in: 0..<12, using: &generator)).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: 1..<0x1_F000, using: &generator))
            }
            samples.append(String(String.UnicodeScalarView(scalars)))
        }
        for sample in samples {
            #expect(
                PathEncoding.encodeQuery(sample) == sample.addingPercentEncoding(withAllowedCharacters: query),
                "\(sample)")
            if sample != "." && sample != ".." {
                #expect(
                    PathEncoding.encodeSegment(sample) == sample.addingPercentEncoding(withAllowedCharacters: segment),
                    "\(sample)")
            }
        }
        #expect(PathEncoding.encodeSegment("..") == "%2E%2E")
    }
}
