import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Configuration")
struct ConfigurationTests {
    @Test("The token alone gives site and base URL")
    func fromTokenAlone() throws {
        let configuration = try IIQConfiguration(token: Fixture.token)
        #expect(configuration.siteID == Fixture.siteID)
        #expect(configuration.baseURL.absoluteString == Fixture.baseURL)
        #expect(configuration.clientHeader == "ApiClient")
        #expect(configuration.product == nil)
        #expect(configuration.userAgent == "IncidentIQ-Swift/\(IIQClient.version)")
        let client = try IIQClient(token: Fixture.token, transport: MockTransport())
        #expect(client.configuration.siteID == Fixture.siteID)
        #expect(client.tokenClaims?.tenant?.host == "demo.incidentiq.com")
    }

    @Test("Explicit values override claims; another host than the token's tenant only by opting in")
    func explicitOverrides() throws {
        let url = try #require(URL(string: "https://other.incidentiq.com"))
        let configuration = try IIQConfiguration(
            token: Fixture.token, siteID: Fixture.siteID.uppercased(), baseURL: url, product: .assets,
            allowsBaseURLOverride: true)
        #expect(configuration.baseURL.absoluteString == "https://other.incidentiq.com/api/v1.0")
        #expect(configuration.siteID == Fixture.siteID)
        #expect(configuration.product == .assets)
    }

    @Test("A SiteId that contradicts iss names both fields and shows neither value")
    func contradiction() throws {
        let other = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
        let token = Fixture.token
        let error = #expect(throws: IIQError.self) { try IIQConfiguration(token: token, siteID: other) }
        #expect(error?.configurationIssue == IIQConfigurationIssue(.siteID, .contradictsToken))
        let text = error?.description ?? ""
        #expect(text.contains("siteId") && text.contains("iss"))
        #expect(!text.contains(other) && !text.contains(Fixture.siteID) && !text.contains(token))
    }

    @Test("A base URL on another host than the token's tenant is refused before any I/O, naming both hosts")
    func tenantContradiction() throws {
        let token = Fixture.token
        let proxy = try #require(URL(string: "https://proxy.example.org"))
        let error = #expect(throws: IIQError.self) { try IIQConfiguration(token: token, baseURL: proxy) }
        let issue = try #require(error?.configurationIssue)
        #expect(issue.field == .baseURL && issue.reason == .contradictsToken)
        let tenantHost = try #require(IIQTokenClaims(readingJWT: IIQToken(token)).tenant?.host)
        let text = error?.description ?? ""
        #expect(text.contains("proxy.example.org") && text.contains(tenantHost), "\(text)")
        #expect(text.contains("IIQ_BASE_URL_OVERRIDE=1") && !text.contains(token))
        // The same host with /api/v1.0, another case, loopback, or the opt-in: all accepted.
        #expect(throws: Never.self) {
            try IIQConfiguration(token: token, baseURL: URL(string: "https://\(tenantHost.uppercased())/api/v1.0"))
        }
        #expect(throws: Never.self) {
            try IIQConfiguration(
                token: token, baseURL: URL(string: "http://127.0.0.1:8080"), allowsInsecureLoopback: true)
        }
        #expect(throws: Never.self) { try IIQConfiguration(token: token, baseURL: proxy, allowsBaseURLOverride: true) }
        // From the environment: refused, then allowed by IIQ_BASE_URL_OVERRIDE=1.
        let environment = ["IIQ_API_TOKEN": token, "IIQ_BASE_URL": "proxy.example.org"]
        #expect(throws: IIQError.self) { try IIQConfiguration.fromEnvironment(environment) }
        var allowed = environment
        allowed["IIQ_BASE_URL_OVERRIDE"] = "1"
        #expect(try IIQConfiguration.fromEnvironment(allowed).baseURL.host == "proxy.example.org")
        // A base URL changed after init is checked when the client is made.
        var changed = try IIQConfiguration(token: token)
        changed.baseURL = try #require(URL(string: "https://proxy.example.org/api/v1.0"))
        #expect(throws: IIQError.self) { try IIQClient(configuration: changed) }
    }

    @Test("A non-JWT token works when site and base URL are explicit")
    func rawTokenWithExplicitValues() throws {
        let url = try #require(URL(string: "https://demo.incidentiq.com/api/v1.0/"))
        let configuration = try IIQConfiguration(token: "raw-opaque-token", siteID: Fixture.siteID, baseURL: url)
        #expect(configuration.baseURL.absoluteString == Fixture.baseURL)
        #expect(configuration.tokenClaims == nil)
        #expect(throws: IIQError.self) { try IIQConfiguration(token: "raw-opaque-token", siteID: Fixture.siteID) }
    }

    @Test(
        "Base URLs are normalised",
        arguments: [
            ("https://x.incidentiq.com", "https://x.incidentiq.com/api/v1.0"),
            ("https://x.incidentiq.com/", "https://x.incidentiq.com/api/v1.0"),
            ("https://x.incidentiq.com/api/v1.0", "https://x.incidentiq.com/api/v1.0"),
            ("https://x.incidentiq.com/api/v1.0/", "https://x.incidentiq.com/api/v1.0"),
            ("HTTPS://x.incidentiq.com:8443", "https://x.incidentiq.com:8443/api/v1.0"),
        ])
    func normalisation(_ input: String, _ expected: String) throws {
        // x.incidentiq.com is not the token's tenant: allowed here as a proxy would be.
        let configuration = try IIQConfiguration(
            token: Fixture.token, baseURL: URL(string: input), allowsBaseURLOverride: true)
        #expect(configuration.baseURL.absoluteString == expected)
    }

    @Test("Products: five known, any GUID, keys")
    func products() throws {
        #expect(IIQProduct.known.count == 5)
        #expect(IIQProduct.assets.headerValue == "88df910c-91aa-e711-80c2-0004ffa00050")
        #expect(try IIQProduct(parsing: "iiqassets") == .assets)
        #expect(try IIQProduct(parsing: "IIQTickets") == .ticketing)
        #expect(try IIQProduct(parsing: "88DF910C-91AA-E711-80C2-0004FFA00020") == .facilities)
        let custom = try IIQProduct(parsing: "12345678-1234-1234-1234-123456789abc")
        #expect(custom.key == nil && custom.headerValue == "12345678-1234-1234-1234-123456789abc")
        #expect(throws: IIQError.self) { try IIQProduct(parsing: "iiqcoffee") }
    }

    @Test("A configuration is a value: a changed copy leaves the original alone")
    func valueSemantics() throws {
        let original = try IIQConfiguration(token: Fixture.token)
        var copy = original
        copy.clientHeader = "WebBrowser"
        copy.product = .ticketing
        #expect(original.clientHeader == "ApiClient" && original.product == nil)
    }
}
