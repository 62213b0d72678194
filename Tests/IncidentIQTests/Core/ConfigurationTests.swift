import Foundation
import Testing

@testable import IncidentIQ
import IncidentIQTesting

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

    @Test("Explicit values override claims")
    func explicitOverrides() throws {
        let url = try #require(URL(string: "https://other.incidentiq.com"))
        let configuration = try IIQConfiguration(
            token: Fixture.token, siteID: Fixture.siteID.uppercased(), baseURL: url, product: .assets)
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
        let configuration = try IIQConfiguration(token: Fixture.token, baseURL: URL(string: input))
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
