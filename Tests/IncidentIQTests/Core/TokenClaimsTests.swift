import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("JWT claims")
struct TokenClaimsTests {
    @Test("A valid token gives site, tenant, user and fractional expiry")
    func validToken() throws {
        let expiry = Date(timeIntervalSince1970: 4_102_444_800.125)
        let token = IIQTestToken.make(
            siteID: Fixture.siteID, tenant: "https://district.incidentiq.com/some/path",
            userID: "11111111-2222-3333-4444-555555555555", expiresAt: expiry)
        let claims = try IIQTokenClaims(readingJWT: IIQToken(token))
        #expect(claims.siteID == Fixture.siteID)
        #expect(claims.tenant?.absoluteString == "https://district.incidentiq.com")
        #expect(claims.userID == "11111111-2222-3333-4444-555555555555")
        let exp = try #require(claims.expiresAt?.timeIntervalSince1970)
        #expect(abs(exp - 4_102_444_800.125) < 0.0001)
        #expect(!claims.isExpired())
    }

    @Test("The payload's exact fractional exp is kept", arguments: ["1663691982.843", "1663691982"])
    func fractionalExpiry(_ literal: String) throws {
        let payload = #"{"iss":"\#(Fixture.siteID)","exp":\#(literal),"iat":1663691000.5}"#
        let token = "eyJhbGciOiJIUzI1NiJ9." + Base64URL.encode(Data(payload.utf8)) + ".sig"
        let claims = try IIQTokenClaims(readingJWT: IIQToken(token))
        #expect(claims.expiresAt?.timeIntervalSince1970 == Double(literal))
        #expect(claims.issuedAt?.timeIntervalSince1970 == 1663691000.5)
        #expect(claims.isExpired())
    }

    @Test(
        "Malformed tokens are not JWTs",
        arguments: [
            "not-a-jwt", "a.b", "a.b.c.d", "header..sig", "header.!!!!.sig", "header.e30.sig.extra",
            "header." + Base64URL.encode(Data("[1,2]".utf8)) + ".sig",
            "header." + Base64URL.encode(Data("not json".utf8)) + ".sig",
            "header.abcde.sig",
        ])
    func malformed(_ token: String) {
        #expect(throws: IIQError.self) { try IIQTokenClaims(readingJWT: IIQToken(token)) }
        do {
            _ = try IIQTokenClaims(readingJWT: IIQToken(token))
        } catch {
            #expect(error.configurationIssue == IIQConfigurationIssue(.token, .notAJWT))
            #expect(!error.description.contains(token))
        }
    }

    @Test("Missing or mistyped claims read as absent, not as a failure")
    func missingClaims() throws {
        let payload = #"{"iss":42,"sub":"u","exp":"soon"}"#
        let token = "h." + Base64URL.encode(Data(payload.utf8)) + ".s"
        let claims = try IIQTokenClaims(readingJWT: IIQToken(token))
        #expect(claims.siteID == nil)
        #expect(claims.tenant == nil)
        #expect(claims.expiresAt == nil)
        #expect(claims.userID == "u")
        #expect(!claims.isExpired())
    }
}
