import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Validation before any I/O")
struct ValidationTests {
    static let valid = IIQTestToken.make()

    /// Each case: a way to make a configuration, and the issue it must be refused with.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var expected: IIQConfigurationIssue
        var make: @Sendable () throws -> IIQConfiguration
        var testDescription: String { name }
    }

    static func mutated(_ change: @escaping @Sendable (inout IIQConfiguration) -> Void)
        -> @Sendable () throws -> IIQConfiguration
    {
        {
            var configuration = try IIQConfiguration(token: valid)
            change(&configuration)
            try configuration.validate()
            return configuration
        }
    }

    static let cases: [Case] = [
        Case(name: "empty token", expected: .init(.token, .empty)) { try IIQConfiguration(token: "") },
        Case(name: "whitespace token", expected: .init(.token, .empty)) { try IIQConfiguration(token: "   ") },
        Case(name: "not a JWT", expected: .init(.token, .notAJWT)) { try IIQConfiguration(token: "abc.def") },
        Case(name: "CRLF in token", expected: .init(.token, .controlCharacter)) {
            try IIQConfiguration(token: valid + "\r\nX-Evil: 1")
        },
        Case(name: "NUL in token", expected: .init(.token, .controlCharacter)) {
            try IIQConfiguration(token: valid + "\u{0}")
        },
        Case(name: "DEL in token", expected: .init(.token, .controlCharacter)) {
            try IIQConfiguration(token: valid + "\u{7F}")
        },
        Case(name: "space in token", expected: .init(.token, .containsSpace)) {
            try IIQConfiguration(token: "Bearer " + valid)
        },
        Case(name: "non-ASCII token", expected: .init(.token, .nonASCII)) { try IIQConfiguration(token: valid + "é") },
        Case(name: "overlong token", expected: .init(.token, .tooLong)) {
            try IIQConfiguration(token: String(repeating: "a", count: 9000))
        },
        Case(name: "site not a GUID", expected: .init(.siteID, .notAGUID)) {
            try IIQConfiguration(token: valid, siteID: "not-a-guid")
        },
        Case(name: "site with LF", expected: .init(.siteID, .controlCharacter)) {
            try IIQConfiguration(token: valid, siteID: IIQTestToken.defaultSiteID + "\n")
        },
        Case(name: "token without iss", expected: .init(.siteID, .siteNotInToken)) {
            try IIQConfiguration(token: IIQTestToken.make(siteID: nil))
        },
        Case(name: "token without scope", expected: .init(.baseURL, .tenantNotInToken)) {
            try IIQConfiguration(token: IIQTestToken.make(tenant: nil))
        },
        Case(name: "http base URL", expected: .init(.baseURL, .notHTTPS)) {
            try IIQConfiguration(token: valid, baseURL: URL(string: "http://demo.incidentiq.com"))
        },
        Case(name: "http loopback without opt-in", expected: .init(.baseURL, .notHTTPS)) {
            try IIQConfiguration(token: valid, baseURL: URL(string: "http://127.0.0.1:9000"))
        },
        Case(name: "http non-loopback with opt-in", expected: .init(.baseURL, .notHTTPS)) {
            try IIQConfiguration(
                token: valid, baseURL: URL(string: "http://10.0.0.1"), allowsInsecureLoopback: true)
        },
        Case(name: "ftp base URL", expected: .init(.baseURL, .notHTTPS)) {
            try IIQConfiguration(token: valid, baseURL: URL(string: "ftp://demo.incidentiq.com"))
        },
        Case(name: "credentials in base URL", expected: .init(.baseURL, .containsCredentials)) {
            try IIQConfiguration(token: valid, baseURL: URL(string: "https://user:pw@demo.incidentiq.com"))
        },
        Case(name: "query in base URL", expected: .init(.baseURL, .containsQuery)) {
            try IIQConfiguration(token: valid, baseURL: URL(string: "https://demo.incidentiq.com/api/v1.0?x=1"))
        },
        Case(name: "fragment in base URL", expected: .init(.baseURL, .containsFragment)) {
            try IIQConfiguration(token: valid, baseURL: URL(string: "https://demo.incidentiq.com/#top"))
        },
        Case(name: "relative base URL", expected: .init(.baseURL, .notAURL)) {
            try IIQConfiguration(token: valid, baseURL: URL(string: "just/a/path"))
        },
        Case(
            name: "CR in Client header", expected: .init(.clientHeader, .controlCharacter),
            make: mutated { $0.clientHeader = "Api\rClient" }),
        Case(
            name: "empty Client header", expected: .init(.clientHeader, .empty), make: mutated { $0.clientHeader = "" }),
        Case(
            name: "LF in User-Agent", expected: .init(.userAgent, .controlCharacter),
            make: mutated { $0.userAgent = "a\nb" }),
        Case(
            name: "non-ASCII User-Agent", expected: .init(.userAgent, .nonASCII),
            make: mutated { $0.userAgent = "agent™" }),
        Case(name: "zero timeout", expected: .init(.timeout, .notPositive), make: mutated { $0.timeout = .zero }),
    ]

    @Test("Each bad setting is a distinct, named invalidConfiguration", arguments: cases)
    func refused(_ testCase: Case) {
        let error = #expect(throws: IIQError.self) { try testCase.make() }
        #expect(error?.configurationIssue == testCase.expected)
        #expect(error?.description.contains(testCase.expected.field.rawValue) == true)
        #expect(error?.description.contains(Self.valid) == false)
    }

    @Test("The reasons in the table are all distinct messages")
    func distinctMessages() {
        let messages = Set(IIQConfigurationIssue.Reason.allCases.map { IIQConfigurationIssue(.token, $0).description })
        #expect(messages.count == IIQConfigurationIssue.Reason.allCases.count)
    }

    @Test("http to loopback is allowed behind the opt-in", arguments: ["127.0.0.1", "127.1.2.3", "localhost", "[::1]"])
    func loopbackOptIn(_ host: String) throws {
        let configuration = try IIQConfiguration(
            token: Self.valid, baseURL: URL(string: "http://\(host):8080"), allowsInsecureLoopback: true)
        #expect(configuration.baseURL.scheme == "http")
    }

    @Test("An expired token is tokenExpired, with the date and where to make a new one")
    func expired() throws {
        let expiry = Date().addingTimeInterval(-60)
        let token = IIQTestToken.make(expiresAt: expiry)
        let error = #expect(throws: IIQError.self) { try IIQClient(token: token, transport: MockTransport()) }
        guard case .tokenExpired(let date)? = error?.detail else {
            Issue.record("expected tokenExpired, got \(String(describing: error))")
            return
        }
        #expect(abs(date.timeIntervalSince(expiry)) < 0.01)
        #expect(error?.description.contains("Admin > Developer Tools") == true)
    }

    @Test("A bad configuration sends nothing")
    func noIO() {
        let mock = MockTransport()
        var configuration = try? IIQConfiguration(token: Self.valid)
        configuration?.clientHeader = "bad\r\n"
        if let configuration {
            #expect(throws: IIQError.self) { try IIQClient(configuration: configuration, transport: mock) }
        }
        #expect(mock.requestCount == 0)
    }
}
