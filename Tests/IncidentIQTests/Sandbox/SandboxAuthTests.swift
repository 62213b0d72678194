import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

@Suite("Sandbox: headers are checked as IIQ checks them")
struct SandboxAuthTests {
    @Test("no token, a token it did not issue, or a wrong SiteId: 401")
    func unauthorized() async throws {
        let sandbox = IIQSandbox()
        let noToken = try await sandbox.send(Fixture.rawRequest(sandbox, .get, "/tickets/statuses", token: nil))
        #expect(noToken.status == 401)

        let foreign = try Fixture.client(
            sandbox, token: IIQTestToken.make(siteID: sandbox.siteID.uuidString.lowercased()))
        guard case .unauthorized = await captureError({ try await foreign.tickets.statuses() })?.detail else {
            Issue.record("a token the sandbox did not issue must get 401")
            return
        }
        let otherSandbox = IIQSandbox(district: IIQSandboxDistrict(seed: 99, assets: 10))
        let stranger = try Fixture.client(otherSandbox, token: sandbox.issueToken())
        guard case .unauthorized = await captureError({ try await stranger.tickets.statuses() })?.detail else {
            Issue.record("another sandbox's token must get 401")
            return
        }

        let wrongSite = try await sandbox.send(
            Fixture.rawRequest(sandbox, .get, "/tickets/statuses", token: sandbox.issueToken(), siteID: UUID()))
        #expect(wrongSite.status == 401)
        let rightSite = try await sandbox.send(
            Fixture.rawRequest(sandbox, .get, "/tickets/statuses", token: sandbox.issueToken()))
        #expect(rightSite.status == 200)
    }

    @Test("a token past its expiry gets 401")
    func expired() async throws {
        let clock = SandboxClock()
        let sandbox = IIQSandbox(district: IIQSandboxDistrict(assets: 20), now: clock.reader)
        let token = sandbox.issueToken(expiresIn: 60)
        let first = try await sandbox.send(Fixture.rawRequest(sandbox, .get, "/tickets/statuses", token: token))
        #expect(first.status == 200)
        clock.advance(by: 61)
        let later = try await sandbox.send(Fixture.rawRequest(sandbox, .get, "/tickets/statuses", token: token))
        #expect(later.status == 401)
        #expect(
            try Fixture.json(later)["Message"] as? String
                == "Authorization has been denied for this request: the token has expired.")
    }

    @Test("a token without the operation's scope gets 403; admin grants everything")
    func scopes() async throws {
        let sandbox = IIQSandbox(district: IIQSandboxDistrict(assets: 50))
        let reader = try Fixture.client(sandbox: sandbox, scopes: IIQSandboxScope.readOnly)
        let ticket = try #require(try await reader.tickets.search().first(1).first)
        let error = await captureError { try await reader.tickets.addComment("hi", to: ticket.id) }
        guard case .forbidden(let failure) = error?.detail else {
            Issue.record("expected forbidden, got \(String(describing: error))")
            return
        }
        #expect(failure.message?.contains("tickets:write") == true)

        let ticketsOnly = try Fixture.client(sandbox: sandbox, scopes: [.ticketsRead])
        guard case .forbidden = await captureError({ try await ticketsOnly.assets.search().first(1) })?.detail else {
            Issue.record("assets need assets:read")
            return
        }
        let admin = try Fixture.client(sandbox: sandbox, scopes: [.admin])
        try await admin.tickets.addComment("hi", to: ticket.id)
    }

    @Test("sandbox tokens are JWTs whose claims carry the site, tenant, user, expiry and scopes")
    func claims() throws {
        let sandbox = IIQSandbox(district: IIQSandboxDistrict(assets: 10))
        let token = sandbox.issueToken(scopes: [.assetsRead])
        let claims = try #require(try IIQConfiguration(token: token).tokenClaims)
        #expect(claims.siteID?.lowercased() == sandbox.siteID.uuidString.lowercased())
        #expect(claims.tenant == sandbox.tenant)
        #expect(claims.userID?.lowercased() == sandbox.administratorID.uuid.uuidString.lowercased())
        let payload = try #require(token.split(separator: ".").dropFirst().first)
        let json = try #require(Data(base64URLEncoded: String(payload)))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["scopes"] as? [String] == ["assets:read"])
    }

    @Test("unknown paths get 404 and a known path with another method 405")
    func routing() async throws {
        let sandbox = IIQSandbox(district: IIQSandboxDistrict(assets: 10))
        let token = sandbox.issueToken()
        #expect(
            try await sandbox.send(Fixture.rawRequest(sandbox, .get, "/tickets/categories/all/x", token: token)).status
                == 404)
        #expect(
            try await sandbox.send(Fixture.rawRequest(sandbox, .delete, "/tickets/statuses/x", token: token)).status
                == 404)
        #expect(try await sandbox.send(Fixture.rawRequest(sandbox, .get, "/assets/count", token: token)).status == 404)
        #expect(try await sandbox.send(Fixture.rawRequest(sandbox, .put, "/tickets", token: token)).status == 405)
    }
}

extension Data {
    init?(base64URLEncoded text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        self.init(base64Encoded: base64)
    }
}
