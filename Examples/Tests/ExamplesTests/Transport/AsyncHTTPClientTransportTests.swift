import AsyncHTTPClient
import Foundation
import IIQAsyncHTTPClientTransport
import IncidentIQ
import IncidentIQTesting
import Testing

extension TransportScenarios {
    /// What only the AsyncHTTPClient transport has: its lifecycle, a borrowed `HTTPClient`, and its
    /// own defences below the client. It runs inside the serialized scenarios, since it times a bound too.
    @Suite("IIQAsyncHTTPClientTransport on its own")
    struct AsyncHTTPClientTransportTests {
        @Test("withTransport serves a real client and shuts the transport down; shutdown twice is harmless")
        func lifecycle() async throws {
            try await withFaultServer { server in
                let token = server.sandbox.issueToken()
                let kept = try await IIQAsyncHTTPClientTransport.withTransport { transport in
                    let client = try IIQClient(
                        configuration: IIQConfiguration(token: token, allowsInsecureLoopback: true),
                        transport: transport)
                    let assets = try await client.assets.search().first(2)
                    try await transport.shutdown()
                    try await transport.shutdown()
                    return assets
                }
                #expect(kept.count == 2)
            }
        }

        @Test("A request after shutdown fails with an error rather than hanging or trapping")
        func afterShutdown() async throws {
            try await withFaultServer { server in
                let transport = IIQAsyncHTTPClientTransport()
                try await transport.shutdown()
                let request = IIQHTTPRequest(
                    method: .get, url: server.baseURL.appending(path: "locations/all"), timeout: .seconds(2))
                await #expect(throws: (any Error).self) { try await transport.send(request) }
            }
        }

        @Test("A borrowed HTTPClient is used and left running; the caller shuts it down")
        func borrowed() async throws {
            try await withFaultServer { server in
                let settings = IIQAsyncHTTPClientTransport.Configuration(maximumResponseSize: 4 << 20)
                let httpClient = HTTPClient(
                    configuration: IIQAsyncHTTPClientTransport.httpClientConfiguration(for: settings))
                do {
                    let transport = IIQAsyncHTTPClientTransport(borrowing: httpClient, configuration: settings)
                    let client = try IIQClient(
                        configuration: IIQConfiguration(
                            token: server.sandbox.issueToken(), allowsInsecureLoopback: true),
                        transport: transport)
                    #expect(try await client.locations.all().first(1).count == 1)
                    try await transport.shutdown()
                    // Still running: the transport did not shut down what it borrowed.
                    #expect(try await client.locations.all().first(1).count == 1)
                } catch {
                    try await httpClient.shutdown()
                    throw error
                }
                try await httpClient.shutdown()
            }
        }

        @Test("A borrowed HTTPClient that follows redirects is caught")
        func borrowedFollowingRedirects() async throws {
            try await withFaultServer { server in
                let httpClient = HTTPClient(
                    configuration: HTTPClient.Configuration(redirectConfiguration: .follow(max: 3, allowCycles: false)))
                let transport = IIQAsyncHTTPClientTransport(borrowing: httpClient)
                server.script(.redirect(status: 302, location: server.baseURL.absoluteString + "/locations/all?$s=1"))
                let request = IIQHTTPRequest(
                    method: .get, url: server.baseURL.appending(path: "locations/all"), timeout: .seconds(2))
                await #expect(throws: IIQAsyncHTTPClientTransport.MisconfiguredHTTPClient.self) {
                    try await transport.send(request)
                }
                try await httpClient.shutdown()
            }
        }

        @Test("gzip inside a body labelled with one gzip is refused, not returned as the page")
        func hiddenStackedGzip() async throws {
            try await withFaultServer { server in
                try await IIQAsyncHTTPClientTransport.withTransport { transport in
                    let page = Data(#"{"Items":[],"Paging":{}}"#.utf8)
                    server.script(
                        .raw(
                            status: 200, headers: [("Content-Encoding", "gzip"), ("Content-Type", "application/json")],
                            body: GzipBomb.stored(GzipBomb.stored(page))))
                    let request = IIQHTTPRequest(
                        method: .get, url: server.baseURL.appending(path: "locations/all"), timeout: .seconds(2))
                    await #expect(throws: IIQTransportFault.self) { try await transport.send(request) }

                    server.script(
                        .raw(
                            status: 200, headers: [("Content-Encoding", "gzip"), ("Content-Type", "application/json")],
                            body: GzipBomb.stored(page)))
                    let response = try await transport.send(request)
                    #expect(response.body == page)
                }
            }
        }

        @Test("Without the client above it, the transport bounds a request's timeout in total: a drip fails at 600 ms")
        func totalTimeout() async throws {
            try await withFaultServer { server in
                try await IIQAsyncHTTPClientTransport.withTransport { transport in
                    server.script(Time.drip)
                    let request = IIQHTTPRequest(
                        method: .get, url: server.baseURL.appending(path: "locations/all"), timeout: .milliseconds(600))
                    let start = ContinuousClock.now
                    await #expect(throws: URLError.self) { try await transport.send(request) }
                    let elapsed = ContinuousClock.now - start
                    #expect(
                        elapsed >= .milliseconds(595)
                            && elapsed <= .milliseconds(600) + TransportScenarios.Time.tolerance,
                        "\(elapsed.milliseconds) ms")
                }
            }
        }

        @Test("A zero or negative timeout fails at once, without sending")
        func zeroTimeout() async throws {
            try await withFaultServer { server in
                try await IIQAsyncHTTPClientTransport.withTransport { transport in
                    let request = IIQHTTPRequest(
                        method: .get, url: server.baseURL.appending(path: "locations/all"), timeout: .zero)
                    await #expect(throws: URLError.self) { try await transport.send(request) }
                    #expect(server.received.isEmpty)
                }
            }
        }
    }
}
