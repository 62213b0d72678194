import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Configuration from the environment")
struct EnvironmentTests {
    @Test("IIQ_API_TOKEN is required")
    func tokenRequired() {
        let error = #expect(throws: IIQError.self) { try IIQConfiguration.fromEnvironment([:]) }
        #expect(error?.configurationIssue == IIQConfigurationIssue(.token, .missing))
        #expect(error?.description.contains("IIQ_API_TOKEN") == true)
    }

    @Test("An empty IIQ_API_TOKEN reads as unset, with the same message")
    func emptyToken() {
        let error = #expect(throws: IIQError.self) { try IIQConfiguration.fromEnvironment(["IIQ_API_TOKEN": ""]) }
        #expect(error?.configurationIssue == IIQConfigurationIssue(.token, .missing))
        #expect(error?.description.contains("IIQ_API_TOKEN") == true)
    }

    @Test("One trailing line break, as a secret file carries, is trimmed; control characters inside are refused")
    func tokenLineBreak() throws {
        let token = Fixture.token
        for ending in ["\n", "\r\n", "\r"] {
            let configuration = try IIQConfiguration.fromEnvironment(["IIQ_API_TOKEN": token + ending])
            #expect(configuration.token == IIQToken(token), "ending \(ending.debugDescription)")
        }
        for token in [Fixture.token + "\n\n", "x\n" + Fixture.token, Fixture.token + "\t"] {
            let error = #expect(throws: IIQError.self) {
                try IIQConfiguration.fromEnvironment(["IIQ_API_TOKEN": token])
            }
            #expect(error?.configurationIssue?.reason == .controlCharacter)
        }
    }

    @Test("IIQ_TIMEOUT out of range is refused without trapping", arguments: ["1e300", "90000", "0.001"])
    func timeoutRange(_ value: String) {
        let error = #expect(throws: IIQError.self) {
            try IIQConfiguration.fromEnvironment(["IIQ_API_TOKEN": Fixture.token, "IIQ_TIMEOUT": value])
        }
        #expect(error?.configurationIssue == IIQConfigurationIssue(.timeout, .outOfRange))
    }

    @Test("The token alone is enough")
    func tokenAlone() throws {
        let configuration = try IIQConfiguration.fromEnvironment(["IIQ_API_TOKEN": Fixture.token])
        #expect(configuration.siteID == Fixture.siteID)
        #expect(configuration.baseURL.absoluteString == Fixture.baseURL)
    }

    @Test(
        "IIQ_BASE_URL takes an origin, with or without /api/v1.0",
        arguments: [
            "https://x.incidentiq.com", "https://x.incidentiq.com/", "https://x.incidentiq.com/api/v1.0",
            "x.incidentiq.com", " https://x.incidentiq.com/api/v1.0/ ",
        ])
    func baseURL(_ value: String) throws {
        let configuration = try IIQConfiguration.fromEnvironment(
            ["IIQ_API_TOKEN": Fixture.token, "IIQ_BASE_URL": value, "IIQ_BASE_URL_OVERRIDE": "1"])
        #expect(configuration.baseURL.absoluteString == "https://x.incidentiq.com/api/v1.0")
    }

    @Test("Optional variables: site, product by key or GUID, timeout, loopback opt-in; empty means unset")
    func optionalVariables() throws {
        let configuration = try IIQConfiguration.fromEnvironment([
            "IIQ_API_TOKEN": Fixture.token, "IIQ_SITE_ID": Fixture.siteID, "IIQ_PRODUCT_ID": "iiqassets",
            "IIQ_TIMEOUT": "12.5",
        ])
        #expect(configuration.product == .assets)
        #expect(configuration.timeout == .milliseconds(12_500))
        let byGUID = try IIQConfiguration.fromEnvironment([
            "IIQ_API_TOKEN": Fixture.token, "IIQ_PRODUCT_ID": "88df910c-91aa-e711-80c2-0004ffa00010", "IIQ_SITE_ID": "",
        ])
        #expect(byGUID.product == .ticketing)
        let loopback = try IIQConfiguration.fromEnvironment([
            "IIQ_API_TOKEN": Fixture.token, "IIQ_BASE_URL": "http://127.0.0.1:8080",
            "IIQ_ALLOW_INSECURE_LOOPBACK": "1",
        ])
        #expect(loopback.baseURL.absoluteString == "http://127.0.0.1:8080/api/v1.0")
    }

    @Test(
        "Bad variables name their field",
        arguments: [
            (["IIQ_SITE_ID": "nope"], IIQConfigurationIssue(.siteID, .notAGUID)),
            (["IIQ_PRODUCT_ID": "iiqcoffee"], IIQConfigurationIssue(.product, .notAGUIDOrProductKey)),
            (["IIQ_TIMEOUT": "-1"], IIQConfigurationIssue(.timeout, .notPositive)),
            (["IIQ_BASE_URL": "http://x.incidentiq.com"], IIQConfigurationIssue(.baseURL, .notHTTPS)),
            (["IIQ_BASE_URL": "http://127.0.0.1:8080"], IIQConfigurationIssue(.baseURL, .notHTTPS)),
        ])
    func badVariables(_ extra: [String: String], _ expected: IIQConfigurationIssue) {
        var environment = extra
        environment["IIQ_API_TOKEN"] = Fixture.token
        let error = #expect(throws: IIQError.self) { try IIQConfiguration.fromEnvironment(environment) }
        #expect(error?.configurationIssue == expected)
    }

    @Test("IIQClient.fromEnvironment makes a working client")
    func clientFromEnvironment() throws {
        let client = try IIQClient.fromEnvironment(["IIQ_API_TOKEN": Fixture.token], transport: MockTransport())
        #expect(client.configuration.siteID == Fixture.siteID)
    }
}
