import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

/// The redirect rules over real loopback HTTP, through the real URLSessionTransport.
@Suite("Redirects over loopback", .serialized)
struct RedirectsOverLoopbackTests {
    static let page = LoopbackServer.Response.json(
        #"{"Items":[],"Paging":{"PageIndex":0,"PageSize":20,"PageCount":0,"TotalRows":0}}"#)

    func client(_ server: LoopbackServer) throws -> IIQClient {
        let configuration = try IIQConfiguration(
            token: Fixture.token, baseURL: URL(string: server.baseURL), allowsInsecureLoopback: true)
        return try IIQClient(configuration: configuration, transport: URLSessionTransport())
    }

    @Test("307 and 308 re-send a search's body byte for byte", arguments: [307, 308])
    func bodyKept(_ status: Int) async throws {
        let server = try LoopbackServer { request in
            request.path.hasPrefix("/moved") ? Self.page : .redirect(status, to: "/moved/assets?$s=20&$p=0")
        }
        defer { server.stop() }
        _ = try await client(server).assets.search().first(1)
        #expect(server.requests.count == 2)
        let (first, second) = (server.requests[0], server.requests[1])
        #expect(second.method == "POST")
        #expect(!first.body.isEmpty)
        #expect(second.body == first.body)
        #expect(second.headers["content-type"] == "application/json")
        #expect(second.headers["authorization"] == first.headers["authorization"])
    }

    @Test("301, 302 and 303 on a search are refused, never read as an empty success", arguments: [301, 302, 303])
    func bodyRefused(_ status: Int) async throws {
        let server = try LoopbackServer { request in
            request.path.hasPrefix("/moved") ? Self.page : .redirect(status, to: "/moved")
        }
        defer { server.stop() }
        let error = await captureError { try await client(server).assets.search().first(1) }
        guard case .transport(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.kind == .redirectRefused)
        #expect(failure.underlying.contains("without its body"))
        #expect(server.requests.count == 1)
    }

    @Test("A Location with another scheme or a scheme-relative other host is refused unfollowed")
    func otherSchemes() async throws {
        let other = try LoopbackServer(host: "127.0.0.2") { _ in Self.page }
        defer { other.stop() }
        let locations = [
            "file:///etc/passwd", "ftp://127.0.0.1/x", "//127.0.0.2:\(other.port)/api/v1.0/assets",
            "ftp://127.0.0.2:\(other.port)/x", "https://127.0.0.1/x",
        ]
        for location in locations {
            let server = try LoopbackServer { _ in .redirect(302, to: location) }
            defer { server.stop() }
            let error = await captureError { try await client(server).locations.all().first(1) }
            guard case .transport(let failure)? = error?.detail else {
                Issue.record("\(location): got \(String(describing: error))")
                continue
            }
            #expect(failure.kind == .redirectRefused, "\(location)")
            #expect(server.requests.count == 1, "\(location)")
        }
        #expect(other.requests.count == 0, "the other origin received a request")
    }

    @Test("maximumRedirects bounds the hops")
    func hopLimit() async throws {
        let server = try LoopbackServer { request in
            let hop = Int(request.path.split(separator: "/").last ?? "") ?? 0
            return hop < 3 ? .redirect(307, to: "/hop/\(hop + 1)") : Self.page
        }
        defer { server.stop() }
        var configuration = try IIQConfiguration(
            token: Fixture.token, baseURL: URL(string: server.baseURL), allowsInsecureLoopback: true)
        configuration.maximumRedirects = 2
        let error = await captureError { try await IIQClient(configuration: configuration).locations.all().first(1) }
        guard case .transport(let failure)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(failure.kind == .redirectRefused)
        #expect(server.requests.count == 3)
        configuration.maximumRedirects = 3
        _ = try await IIQClient(configuration: configuration).locations.all().first(1)
    }
}
