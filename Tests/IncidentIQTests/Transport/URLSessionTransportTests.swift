import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

/// The real URLSessionTransport over loopback HTTP.
@Suite("URLSessionTransport over loopback", .serialized)
struct URLSessionTransportTests {
    static let ok = LoopbackServer.Response.json(
        #"{"Item":{"LocationId":"1a2b3c4d-5555-4a4a-cccc-eeeeeeeeeeee","Name":"LHS"}}"#)

    func client(_ server: LoopbackServer, transport: URLSessionTransport = URLSessionTransport()) throws -> IIQClient {
        let configuration = try IIQConfiguration(
            token: Fixture.token, baseURL: URL(string: server.baseURL), allowsInsecureLoopback: true)
        return try IIQClient(configuration: configuration, transport: transport)
    }

    static let location = IIQLocation.ID("1a2b3c4d-5555-4a4a-cccc-eeeeeeeeeeee")!

    @Test("Sends IIQ's headers and reads the response")
    func roundTrip() async throws {
        let server = try LoopbackServer { _ in Self.ok }
        defer { server.stop() }
        let location = try await client(server).locations.get(Self.location)
        #expect(location.name == "LHS")
        let request = try #require(server.requests.first)
        #expect(request.method == "GET")
        #expect(request.path == "/api/v1.0/locations/\(Self.location)")
        #expect(request.headers["authorization"]?.hasPrefix("Bearer ") == true)
        #expect(request.headers["siteid"] == Fixture.siteID)
        #expect(request.headers["client"] == "ApiClient")
    }

    @Test("A redirect to another host is refused; the other host receives nothing", arguments: [301, 302, 307, 308])
    func crossHostRedirect(_ status: Int) async throws {
        let other = try LoopbackServer(host: "127.0.0.2") { _ in Self.ok }
        defer { other.stop() }
        let server = try LoopbackServer { _ in .redirect(status, to: other.baseURL + "/api/v1.0/locations/x") }
        defer { server.stop() }
        let error = await captureError { try await client(server).locations.get(Self.location) }
        guard case .transport(let failure) = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.kind == .redirectRefused)
        try await Task.sleep(for: .milliseconds(100))
        #expect(other.requests.count == 0, "the other origin received a request")
    }

    @Test("A redirect to another port is refused", arguments: [302, 307])
    func crossPortRedirect(_ status: Int) async throws {
        let other = try LoopbackServer { _ in Self.ok }
        defer { other.stop() }
        let server = try LoopbackServer { _ in .redirect(status, to: other.baseURL + "/api/v1.0/locations/x") }
        defer { server.stop() }
        let error = await captureError { try await client(server).locations.get(Self.location) }
        guard case .transport(let failure) = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.kind == .redirectRefused)
        try await Task.sleep(for: .milliseconds(100))
        #expect(other.requests.count == 0, "the other origin received a request")
    }

    @Test("Same-origin redirects are followed, at most 5 times")
    func sameOriginRedirects() async throws {
        let server = try LoopbackServer { request in
            let hop = Int(request.path.split(separator: "/").last ?? "") ?? 0
            if request.path.hasPrefix("/hop/"), hop < 7 { return .redirect(302, to: "/hop/\(hop + 1)") }
            if request.path.hasPrefix("/api/") { return .redirect(307, to: "/hop/\(5 - 3)") }
            return Self.ok
        }
        defer { server.stop() }
        // /api → /hop/2 → … → /hop/7: six redirects, one too many.
        let error = await captureError { try await client(server).locations.get(Self.location) }
        guard case .transport(let failure) = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.kind == .redirectRefused)

        let short = try LoopbackServer { request in
            request.path.hasPrefix("/api/") ? .redirect(302, to: "/moved") : Self.ok
        }
        defer { short.stop() }
        #expect(try await client(short).locations.get(Self.location).name == "LHS")
        #expect(short.requests.map(\.path).last == "/moved")
    }

    @Test("An https to http redirect is refused by the origin rule")
    func downgrade() {
        let https = Origin(URL(string: "https://demo.incidentiq.com/api/v1.0")!)
        let http = Origin(URL(string: "http://demo.incidentiq.com/api/v1.0")!)
        #expect(https != http)
        #expect(https.port == 443 && http.port == 80)
        #expect(Origin(URL(string: "https://DEMO.incidentiq.com:443/x")!) == https)
    }

    @Test("The size cap fails a large body, with or without Content-Length", arguments: [true, false])
    func sizeCap(_ sendsLength: Bool) async throws {
        let big = Data(repeating: UInt8(ascii: "a"), count: 2 * 1024 * 1024)
        let server = try LoopbackServer { _ in
            LoopbackServer.Response(
                status: 200, headers: [("Content-Type", "application/json")], body: big, sendsContentLength: sendsLength
            )
        }
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: .init(maximumResponseSize: 64 * 1024))
        let error = await captureError { try await client(server, transport: transport).locations.get(Self.location) }
        guard case .responseTooLarge(let limit, let request) = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(limit == 64 * 1024)
        #expect(request.operation == "locations.get")
    }

    @Test("Cancelling the task cancels the request promptly")
    func cancellation() async throws {
        let server = try LoopbackServer { _ in LoopbackServer.Response(status: 200, stall: .seconds(20)) }
        defer { server.stop() }
        let client = try client(server)
        let task = Task { try await client.locations.get(Self.location) }
        try await Task.sleep(for: .milliseconds(200))
        let clock = ContinuousClock()
        let start = clock.now
        task.cancel()
        let result = await task.result
        #expect(clock.now - start < .seconds(2))
        guard case .failure(let error) = result, IIQError.Code.cancelled ~= error else {
            Issue.record("got \(result)")
            return
        }
    }

    @Test("A stalled server fails by the timeout")
    func timeout() async throws {
        let server = try LoopbackServer { _ in LoopbackServer.Response(status: 200, stall: .seconds(20)) }
        defer { server.stop() }
        var configuration = try IIQConfiguration(
            token: Fixture.token, baseURL: URL(string: server.baseURL), allowsInsecureLoopback: true)
        configuration.timeout = .milliseconds(500)
        let client = try IIQClient(configuration: configuration, transport: URLSessionTransport())
        let error = await captureError { try await client.locations.get(Self.location) }
        guard case .transport(let failure) = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.kind == .timedOut)
    }

    @Test("Cookies are neither stored nor sent")
    func noCookies() async throws {
        let server = try LoopbackServer { _ in
            var response = Self.ok
            response.headers.append(("Set-Cookie", "ARRAffinity=abc; Path=/"))
            return response
        }
        defer { server.stop() }
        let client = try client(server)
        _ = try await client.locations.get(Self.location)
        _ = try await client.locations.get(Self.location)
        #expect(server.requests.count == 2)
        #expect(server.requests.allSatisfy { $0.headers["cookie"] == nil })
    }

    @Test("A connection refused is a typed connection failure")
    func refused() async throws {
        let server = try LoopbackServer { _ in Self.ok }
        let url = server.baseURL
        server.stop()
        let configuration = try IIQConfiguration(
            token: Fixture.token, baseURL: URL(string: url), allowsInsecureLoopback: true)
        let client = try IIQClient(configuration: configuration)
        let error = await captureError { try await client.locations.get(Self.location) }
        guard case .transport(let failure) = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.kind == .connection)
    }
}
