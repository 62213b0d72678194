import Foundation
import IncidentIQ
import IncidentIQTesting
import Testing

extension TransportScenarios {
    /// The client's redirect rules hold whatever the transport: it judges the raw `Location`,
    /// follows only its own origin, and never turns a search into a body-less GET.
    @Suite("Redirects")
    struct Redirects {
        static let search: [IIQFilter] = [.status(named: "Assigned")]

        @Test(
            "A same-origin 307 or 308 on a POST search is re-sent with the same method and the same body, byte for byte",
            arguments: TransportKind.allCases, [(307, false), (307, true), (308, false), (308, true)])
        func bodyKept(_ kind: TransportKind, _ redirect: (status: Int, absolute: Bool)) async throws {
            let (status, absolute) = redirect
            try await withScenario(kind) { scenario in
                scenario.server.script(.redirectBack(status: status, absolute: absolute))
                _ = try await scenario.client.assets.search(filters: Self.search).first(5)
                let received = scenario.server.received
                try #require(received.count == 2)
                #expect(received[0].method == "POST" && received[1].method == "POST")
                #expect(!received[0].body.isEmpty)
                #expect(received[1].body == received[0].body, "the second hop lost or changed the body")
                #expect(received[1].uri == received[0].uri)
            }
        }

        @Test(
            "A 301, 302 or 303 on a POST is refused: a search never turns into a GET without its body",
            arguments: TransportKind.allCases, [301, 302, 303])
        func postRefused(_ kind: TransportKind, _ status: Int) async throws {
            try await withScenario(kind) { scenario in
                scenario.server.script(.redirectBack(status: status, absolute: false))
                let error = await captureError {
                    try await scenario.client.assets.search(filters: Self.search).first(5)
                }
                expectRedirectRefused(error)
                #expect(scenario.server.received.count == 1, "nothing may follow the refused redirect")
            }
        }

        @Test(
            "A same-origin 301, 302, 303, 307 or 308 on a GET is followed",
            arguments: TransportKind.allCases, [301, 302, 303, 307, 308])
        func getFollowed(_ kind: TransportKind, _ status: Int) async throws {
            try await withScenario(kind) { scenario in
                scenario.server.script(.redirectBack(status: status, absolute: true))
                #expect(try await scenario.client.locations.all().first(1).count == 1)
                let received = scenario.server.received
                try #require(received.count == 2)
                #expect(received.map(\.method) == ["GET", "GET"])
            }
        }

        @Test(
            "A Location with another scheme, host or port is refused, and the other host receives nothing",
            arguments: TransportKind.allCases)
        func otherOrigins(_ kind: TransportKind) async throws {
            try await withFaultServer(host: "127.0.0.2") { otherHost in
                try await withFaultServer { otherPort in
                    try await withScenario(kind) { scenario in
                        let path = "/api/v1.0/assets"
                        let locations = [
                            "file:///etc/passwd",
                            "ftp://127.0.0.1:\(scenario.server.port)\(path)",
                            "https://127.0.0.1:\(scenario.server.port)\(path)",
                            "//127.0.0.2:\(otherHost.port)\(path)",
                            "http://127.0.0.2:\(otherHost.port)\(path)",
                            "http://127.0.0.1:\(otherPort.port)\(path)",
                            "//127.0.0.1:\(otherPort.port)\(path)",
                        ]
                        for location in locations {
                            for status in [302, 307, 308] {
                                let before = scenario.server.received.count
                                scenario.server.script(.redirect(status: status, location: location))
                                let error = await captureError {
                                    try await scenario.client.assets.search(filters: Self.search).first(1)
                                }
                                expectRedirectRefused(error, "\(status) to \(location)")
                                #expect(scenario.server.received.count == before + 1)
                                if let error {
                                    #expect(!String(reflecting: error).contains(scenario.token))
                                }
                            }
                        }
                        #expect(otherHost.received.isEmpty, "another host must not see the request, token or SiteId")
                        #expect(otherPort.received.isEmpty, "another port must not see the request, token or SiteId")
                    }
                }
            }
        }

        @Test("Five same-origin redirects are followed and a sixth is refused", arguments: TransportKind.allCases)
        func hopLimit(_ kind: TransportKind) async throws {
            try await withScenario(kind) { scenario in
                for _ in 0..<5 { scenario.server.script(.redirectBack(status: 307, absolute: false)) }
                _ = try await scenario.client.assets.search(filters: Self.search).first(1)
                #expect(scenario.server.received.count == 6)

                for _ in 0..<6 { scenario.server.script(.redirectBack(status: 307, absolute: false)) }
                let error = await captureError {
                    try await scenario.client.assets.search(filters: Self.search).first(1)
                }
                expectRedirectRefused(error)
                #expect(scenario.server.received.count == 12)
            }
        }

        @Test(
            "The transport returns a 3xx as it is, Location included, and does not follow it",
            arguments: TransportKind.allCases)
        func transportDoesNotFollow(_ kind: TransportKind) async throws {
            try await withScenario(kind) { scenario in
                let location = "/api/v1.0/elsewhere?x=1"
                scenario.server.script(.redirect(status: 307, location: location))
                let request = IIQHTTPRequest(
                    method: .post, url: scenario.server.baseURL.appending(path: "assets"),
                    headers: IIQHTTPHeaders([("Content-Type", "application/json")]), body: Data("{}".utf8),
                    timeout: .seconds(5))
                let response = try await scenario.transport.send(request)
                #expect(response.status == 307)
                #expect(response.headers["Location"] == location)
                #expect(scenario.server.received.count == 1)
            }
        }
    }
}

/// Expects a refused redirect.
func expectRedirectRefused(
    _ error: IIQError?, _ comment: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let failure = error?.transportFailure else {
        Issue.record(
            "expected a refused redirect, got \(String(describing: error)) \(comment)", sourceLocation: sourceLocation)
        return
    }
    #expect(failure.kind == .redirectRefused, "\(comment)", sourceLocation: sourceLocation)
}
