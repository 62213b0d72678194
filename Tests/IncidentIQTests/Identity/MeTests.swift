import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

@Suite("me(): who the token acts as, asked of the server")
struct MeTests {
    static let userID = "8c7b6a5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d"
    static var login: [String: Any] {
        [
            "UserId": userID, "SiteId": Fixture.siteID, "ProductId": "88df910c-91aa-e711-80c2-0004ffa00010",
            "User": ["UserId": userID, "Name": "Pat Agent", "Email": "pat@district.org"],
            "Site": [
                "SiteId": Fixture.siteID, "Name": "Demo District", "Domain": "demo.incidentiq.com",
                "LicensedProducts": [
                    [
                        "ProductId": "88df910c-91aa-e711-80c2-0004ffa00010", "ProductName": "Ticketing",
                        "ProductKey": "iiqtickets",
                    ],
                    ["ProductId": "88df910c-91aa-e711-80c2-0004ffa00050", "ProductName": "Assets"],
                ],
            ],
            "Product": [
                "ProductId": "88df910c-91aa-e711-80c2-0004ffa00010", "ProductName": "Ticketing", "TierName": "Pro",
            ],
            "IsAgentPortal": true, "IsRequestorPortal": false,
            "TokenIssueDate": "2026-04-17T00:44:31.1863295Z", "TokenExpirationDate": "2027-04-17T00:44:31",
            "JwtToken": "eyJsession.secret.value", "XsrfToken": "xsrf-secret", "UserToken": UUID().uuidString,
            "UnknownKey": [1, 2, 3],
        ]
    }

    @Test("GET /login with the client's headers; the user, site and products decoded; secrets left out")
    func decodes() async throws {
        let mock = MockTransport(responses: [.itemEnvelope(Self.login)])
        let client = try Fixture.client(mock)
        let me = try await client.me()
        let request = try #require(mock.lastRequest)
        #expect(request.method == .get && request.path == "/api/v1.0/login")
        #expect(
            request.headers["SiteId"] == Fixture.siteID
                && request.headers["Authorization"]?.hasPrefix("Bearer ") == true)
        #expect(me.userID.description == Self.userID)
        #expect(me.user?.name == "Pat Agent")
        #expect(me.site?.name == "Demo District" && me.site?.id.description == Fixture.siteID)
        #expect(me.licensedProducts.map(\.productName) == ["Ticketing", "Assets"])
        #expect(me.licensedProducts.map(\.product) == [.ticketing, .assets])
        #expect(me.product?.tierName == "Pro" && me.productID == IIQProduct.ticketing.id)
        #expect(me.isAgentPortal == true)
        #expect(me.tokenExpirationDate == Date(timeIntervalSince1970: 1_807_922_671))
        let printed = String(describing: me) + String(reflecting: me)
        #expect(!printed.contains("eyJsession") && !printed.contains("xsrf-secret"))
    }

    @Test("a 503 on GET /login is retried: asking who you are is a read")
    func retried() async throws {
        let mock = MockTransport(responses: [.json(#"{"Message": "busy"}"#, status: 503), .itemEnvelope(Self.login)])
        let me = try await Fixture.client(mock, retryPolicy: .default).me()
        #expect(me.userID.description == Self.userID)
        #expect(mock.requestCount == 2)
    }

    @Test("an answer without an Item, or without a UserId, is a decoding error")
    func missing() async throws {
        let mock = MockTransport(responses: [.actionEnvelope(), .itemEnvelope(["SiteId": Fixture.siteID])])
        let client = try Fixture.client(mock)
        guard (await captureError({ try await client.me() }))?.code == .decoding else {
            Issue.record("no Item")
            return
        }
        guard (await captureError({ try await client.me() }))?.code == .decoding else {
            Issue.record("no UserId")
            return
        }
    }

    // MARK: Against the sandbox

    @Test("the sandbox answers /login for the token's user, site and products")
    func sandbox() async throws {
        let sandbox = IIQSandbox()
        let me = try await Fixture.client(sandbox: sandbox).me()
        #expect(me.userID == sandbox.administratorID)
        #expect(me.site?.id.uuid == sandbox.siteID && me.siteID?.uuid == sandbox.siteID)
        #expect(me.user?.id == sandbox.administratorID)
        #expect(me.isAgentPortal == true)
        #expect(me.licensedProducts.map(\.product).contains(.ticketing))
        #expect(me.tokenExpirationDate != nil)
    }

    @Test("a revoked token: 401 from the server, IIQError.unauthorized")
    func revoked() async throws {
        let sandbox = IIQSandbox()
        let token = sandbox.issueToken()
        let client = try Fixture.client(sandbox, token: token)
        _ = try await client.me()
        sandbox.revoke(token)
        let failureError = await captureError({ try await client.me() })
        guard failureError?.code == .unauthorized, let failure = failureError?.httpFailure else {
            Issue.record("expected unauthorized")
            return
        }
        #expect(failure.status == 401 && failure.message?.contains("revoked") == true)
        #expect(failure.request.operation == "me" && failure.request.path == "/login")
    }

    @Test("a token another tenant issued: 401 from the server, IIQError.unauthorized")
    func otherTenant() async throws {
        let sandbox = IIQSandbox()
        let other = IIQSandbox(district: IIQSandboxDistrict(seed: 99, assets: 10))
        #expect(other.siteID != sandbox.siteID)
        // Sent to this sandbox: its own SiteId (from the token) and its own Authorization.
        let client = try Fixture.client(sandbox, token: other.issueToken())
        let failureError = await captureError({ try await client.me() })
        guard failureError?.code == .unauthorized, let failure = failureError?.httpFailure else {
            Issue.record("expected unauthorized")
            return
        }
        #expect(failure.message?.contains("another site") == true)

        // Given this tenant's site explicitly, the contradiction is caught before anything is sent.
        let refused = await captureError {
            try IIQConfiguration(token: other.issueToken(), siteID: sandbox.siteID.uuidString)
        }
        #expect(refused?.configurationIssue?.reason == .contradictsToken)
    }

    @Test("a garbage token: refused before I/O without a site, 401 from the server with one")
    func garbage() async throws {
        let sandbox = IIQSandbox()
        let notAJWT = await captureError { try IIQClient(token: "not-a-token", transport: sandbox) }
        #expect(notAJWT?.configurationIssue?.reason == .notAJWT)
        let before = sandbox.requestCount
        #expect(before == 0)

        let client = try IIQClient(
            token: "not-a-token", siteID: sandbox.siteID.uuidString, baseURL: sandbox.baseURL, transport: sandbox)
        let failureError = await captureError({ try await client.me() })
        guard failureError?.code == .unauthorized, let failure = failureError?.httpFailure else {
            Issue.record("expected unauthorized")
            return
        }
        #expect(failure.message?.contains("not issued by this tenant") == true)
        #expect(!String(describing: failure).contains("not-a-token"))
    }

    @Test("an expired token: IIQError.tokenExpired before anything is sent")
    func expired() async throws {
        let sandbox = IIQSandbox()
        let refused = await captureError { try IIQClient(token: sandbox.issueToken(expiresIn: -5), transport: sandbox) }
        guard (refused)?.code == .tokenExpired else {
            Issue.record("got \(String(describing: refused))")
            return
        }
        #expect(sandbox.requestCount == 0)
    }
}
