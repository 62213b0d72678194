import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

/// A sandbox whose clock the test moves.
final class SandboxClock: Sendable {
    private let current = Locked(Date(timeIntervalSince1970: 1_800_000_000))
    var now: Date { current.value }
    func advance(by seconds: TimeInterval) { current.mutate { $0 = $0.addingTimeInterval(seconds) } }
    var reader: @Sendable () -> Date { { self.now } }
}

extension Fixture {
    /// A client for `sandbox` with a sandbox-issued token and retries off unless `retryPolicy` says otherwise.
    static func client(
        sandbox: IIQSandbox, scopes: Set<IIQSandboxScope> = IIQSandboxScope.readWrite,
        retryPolicy: IIQRetryPolicy = .never, clock: VirtualClock = VirtualClock()
    ) throws -> IIQClient {
        try client(sandbox, token: sandbox.issueToken(scopes: scopes), retryPolicy: retryPolicy, clock: clock)
    }

    /// The raw JSON object of a sandbox answer.
    static func json(_ response: IIQHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: response.body) as? [String: Any])
    }

    /// A raw request to the sandbox with the headers the SDK sends.
    static func rawRequest(
        _ sandbox: IIQSandbox, _ method: IIQHTTPMethod, _ path: String, token: String?, siteID: UUID? = nil,
        body: String? = nil
    ) throws -> IIQHTTPRequest {
        var headers = IIQHTTPHeaders([("Client", "ApiClient"), ("SiteId", (siteID ?? sandbox.siteID).uuidString)])
        if let token { headers["Authorization"] = "Bearer " + token }
        let url = try #require(URL(string: sandbox.baseURL.absoluteString + path))
        return IIQHTTPRequest(method: method, url: url, headers: headers, body: body.map { Data($0.utf8) })
    }
}
