import Foundation

/// The entry point to the Incident IQ API.
///
/// ```swift
/// let client = try IIQClient(token: token)
/// for try await ticket in client.tickets.search(.open) {
///     print(ticket.ticketNumber ?? "", ticket.subject ?? "")
/// }
/// ```
///
/// Creating a client makes no network call: it reads the site and tenant from the token and
/// validates every setting. The client is `Sendable`; share one per tenant across tasks.
/// Printing or `dump`ing it never shows the token.
public final class IIQClient: Sendable {
    /// The SDK version, sent in the `User-Agent` header.
    public static let version = "0.1.0"
    /// The default `User-Agent`: `IncidentIQ-Swift/<version>`.
    public static let userAgent = "IncidentIQ-Swift/\(version)"

    /// The validated configuration.
    public let configuration: IIQConfiguration
    /// The transport every request goes through.
    public let transport: any IIQTransport

    let requestBuilder: RequestBuilder
    let interpreter: ResponseInterpreter
    let retryEnvironment: RetryEnvironment
    let retryBudget = RetryBudget()
    let rateLimitGate = RateLimitGate()
    let pacer: RequestPacer

    /// Creates a client from a configuration, sending through `transport`.
    ///
    /// - Parameters:
    ///   - configuration: The tenant and settings; validated again here.
    ///   - transport: Where requests go; defaults to a new ``URLSessionTransport`` that opens as many
    ///     connections to the tenant as the configuration's pacing allows requests in flight.
    /// - Throws: ``IIQError/Code/invalidConfiguration`` or ``IIQError/Code/tokenExpired``.
    public convenience init(configuration: IIQConfiguration, transport: (any IIQTransport)? = nil) throws(IIQError) {
        try self.init(configuration: configuration, transport: transport, retryEnvironment: .live)
    }

    init(
        configuration: IIQConfiguration, transport: (any IIQTransport)?, retryEnvironment: RetryEnvironment
    ) throws(IIQError) {
        try configuration.validate()
        self.retryEnvironment = retryEnvironment
        self.pacer = RequestPacer(configuration.pacing)
        self.configuration = configuration
        // The session's connections per host must not be what caps the client's pacing.
        self.transport =
            transport
            ?? URLSessionTransport(
                configuration: URLSessionTransport.Configuration(
                    maximumConnectionsPerHost: Swift.max(configuration.pacing.maximumInFlight, 1)))
        self.requestBuilder = RequestBuilder(configuration: configuration)
        self.interpreter = ResponseInterpreter(
            redactor: Redactor(secret: configuration.token), tokenExpiry: configuration.tokenClaims?.expiresAt)
    }

    /// Creates a client from a token alone, reading the site and tenant from its claims.
    ///
    /// - Parameters:
    ///   - token: The API token, made under Admin > Developer Tools.
    ///   - siteID: The SiteId, when the token does not carry it or to be explicit.
    ///   - baseURL: The tenant origin or API base URL, when the token does not carry it.
    ///   - product: The product to scope every call to.
    ///   - transport: Where requests go; defaults to a new ``URLSessionTransport``.
    /// - Throws: ``IIQError/Code/invalidConfiguration`` or ``IIQError/Code/tokenExpired``.
    public convenience init(
        token: String, siteID: String? = nil, baseURL: URL? = nil, product: IIQProduct? = nil,
        transport: (any IIQTransport)? = nil
    ) throws(IIQError) {
        try self.init(
            configuration: IIQConfiguration(token: token, siteID: siteID, baseURL: baseURL, product: product),
            transport: transport)
    }

    /// Creates a client from `IIQ_API_TOKEN` and the other `IIQ_*` variables.
    ///
    /// - Parameters:
    ///   - environment: The variables to read; defaults to the process environment.
    ///   - transport: Where requests go; defaults to a new ``URLSessionTransport``.
    /// - Throws: ``IIQError/Code/invalidConfiguration`` or ``IIQError/Code/tokenExpired``.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment, transport: (any IIQTransport)? = nil
    ) throws(IIQError) -> IIQClient {
        try IIQClient(configuration: .fromEnvironment(environment), transport: transport)
    }

    /// What the token says about itself: site, tenant, user and expiry. `nil` when it is not a JWT.
    public var tokenClaims: IIQTokenClaims? { configuration.tokenClaims }
}

extension IIQClient: CustomStringConvertible, CustomReflectable {
    /// The tenant and site; never the token.
    public var description: String {
        "IIQClient(baseURL: \(configuration.baseURL.absoluteString), siteID: \(configuration.siteID))"
    }

    /// A mirror of the configuration, whose token is redacted.
    public var customMirror: Mirror {
        Mirror(self, children: ["configuration": configuration, "transport": String(describing: type(of: transport))])
    }
}
