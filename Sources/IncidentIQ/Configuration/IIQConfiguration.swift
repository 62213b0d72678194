import Foundation

/// Everything an ``IIQClient`` needs to reach one Incident IQ tenant.
///
/// A configuration is a value: change a copy with `var`. There are three ways to make one:
/// - from the token alone, ``init(token:siteID:baseURL:product:allowsInsecureLoopback:allowsBaseURLOverride:)``, which reads
///   the site and tenant from the token's claims;
/// - from the environment, ``fromEnvironment(_:)``;
/// - from explicit values, by passing all of them to the same initializer.
///
/// Printing a configuration, or `dump`ing it, never shows the token.
public struct IIQConfiguration: Sendable {
    /// The API token, sent as `Authorization: Bearer <token>`.
    public var token: IIQToken
    /// The SiteId GUID, sent as the `SiteId` header.
    public var siteID: String
    /// The API base URL, such as `https://district.incidentiq.com/api/v1.0`.
    public var baseURL: URL
    /// The product that scopes every call, sent as `ProductId`; `nil` sends no header.
    public var product: IIQProduct?
    /// The `Client` header value. IIQ expects `ApiClient` from API callers.
    public var clientHeader: String = "ApiClient"
    /// How long one attempt may take, from its first byte sent to its last byte received, redirects
    /// included. Defaults to 30 seconds.
    ///
    /// It is a total, enforced by the client above the transport to the millisecond: a server that
    /// drips bytes cannot stretch it, and fractions of a second count. Between 10 ms and 24 hours.
    public var timeout: Duration = .seconds(30)
    /// The `User-Agent` header value.
    public var userAgent: String = IIQClient.userAgent
    /// When and how failed reads are retried. Defaults to ``IIQRetryPolicy/default``: 3 attempts.
    public var retryPolicy: IIQRetryPolicy = .default
    /// How many requests the client has in flight and how fast it starts them. Defaults to 8 in flight.
    public var pacing: IIQPacing = .default
    /// The most requests one walk of a search keeps on the wire at once, once the first page has
    /// told how many pages there are. Defaults to 8; 1 asks for one page at a time.
    ///
    /// A walk never exceeds the client's ``IIQPacing/maximumInFlight``, and it adapts below this
    /// bound: it slows down when the tenant answers 429 or 503 or its latency rises. Lower it for a
    /// fragile tenant; a call can override it with ``IIQRequestOptions/pageConcurrency``. See
    /// <doc:SearchingFilteringAndPaging#Parallel-pages>.
    public var pageConcurrency: Int = IIQConfiguration.defaultPageConcurrency
    /// The default ``pageConcurrency``: 8.
    public static var defaultPageConcurrency: Int { 8 }
    /// The most one call may take, all attempts, backoff sleeps, waits for a slot and bytes in flight
    /// included. Defaults to 120 seconds.
    ///
    /// When it passes, the client cancels the request in flight and throws
    /// ``IIQError/Code/transport`` with ``IIQTransportFailure/Kind/timedOut`` at once, whatever the
    /// transport does. At least 10 ms.
    public var deadline: Duration = .seconds(120)
    /// How many same-origin redirects one request follows before it fails. Defaults to 5; 0 to 20.
    ///
    /// Redirects are followed by the client under one policy for every transport: see
    /// <doc:RetriesAndReliability#Redirects>.
    public var maximumRedirects: Int = 5
    /// Receives a record of every request; `nil` (the default) logs nothing.
    public var logHandler: IIQLogHandler?
    /// What a call does with a record it cannot decode or a field it cannot read. Defaults to
    /// ``IIQDecodingPolicy/lenient``: skip the record, read the field as `nil`, report both.
    public var decodingPolicy: IIQDecodingPolicy = .lenient
    /// Allows a plain-http base URL when its host is loopback (`127.0.0.0/8`, `::1`, `localhost`).
    ///
    /// For tests and the sandbox server only; it never allows http to any other host.
    public var allowsInsecureLoopback: Bool = false
    /// Whether ``baseURL`` may name another host than the tenant in the token's `scope` claim, for a
    /// proxy in front of Incident IQ (`IIQ_BASE_URL_OVERRIDE=1`). Without it such a base URL is
    /// refused before any I/O, naming both hosts. A loopback host is always allowed.
    public var allowsBaseURLOverride: Bool = false

    /// Creates a configuration from a token, reading whatever is not given from the token's claims.
    ///
    /// - Parameters:
    ///   - token: The API token, made under Admin > Developer Tools. One trailing line break, as a
    ///     secret file carries, is removed.
    ///   - siteID: The SiteId. Defaults to the token's `iss` claim; if both exist they must agree.
    ///   - baseURL: The API base URL or the tenant origin (`/api/v1.0` is added to a bare origin).
    ///     Defaults to the token's `scope` claim.
    ///   - product: The product to scope every call to.
    ///   - allowsInsecureLoopback: Whether http to a loopback host is allowed.
    ///   - allowsBaseURLOverride: Whether `baseURL` may name another host than the tenant in the
    ///     token's `scope` claim, for a proxy in front of Incident IQ. Without it such a base URL is
    ///     refused, naming both hosts, since every call there would get a bare 401. A loopback host
    ///     (the sandbox, a test server) is always allowed.
    /// - Throws: ``IIQError/Code/invalidConfiguration`` for a setting that fails validation, and
    ///   ``IIQError/Code/tokenExpired`` for a token whose `exp` has passed. Nothing is sent.
    public init(
        token: String, siteID: String? = nil, baseURL: URL? = nil, product: IIQProduct? = nil,
        allowsInsecureLoopback: Bool = false, allowsBaseURLOverride: Bool = false
    ) throws(IIQError) {
        let token = IIQToken(Self.trimmingOneNewline(token))
        try ConfigurationValidator.checkToken(token)
        let claims: IIQTokenClaims?
        do {
            claims = try IIQTokenClaims(readingJWT: token)
        } catch {
            // A token that is not a JWT is fine when nothing has to be read from it.
            guard siteID != nil, baseURL != nil else { throw error }
            claims = nil
        }
        self.token = token
        self.siteID = try ConfigurationValidator.resolveSiteID(explicit: siteID, claimed: claims?.siteID)
        self.baseURL = try ConfigurationValidator.resolveBaseURL(explicit: baseURL, claimed: claims?.tenant)
        self.product = product
        self.allowsInsecureLoopback = allowsInsecureLoopback
        self.allowsBaseURLOverride = allowsBaseURLOverride
        try validate()
    }

    /// `token` without one trailing line break, which a secret read from a file usually carries.
    /// Anything else stays, so a control character inside the token is still refused.
    static func trimmingOneNewline(_ token: String) -> String {
        // By scalars: "\r\n" is a single Character, so dropping Characters would count it wrong.
        var scalars = Substring(token).unicodeScalars
        if scalars.last == "\n" { scalars.removeLast() }
        if scalars.last == "\r" { scalars.removeLast() }
        return String(scalars)
    }

    /// The token's claims, or `nil` when the token is not a JWT.
    public var tokenClaims: IIQTokenClaims? { try? IIQTokenClaims(readingJWT: token) }

    /// Checks every setting without any I/O. ``IIQClient`` calls this when it is created.
    ///
    /// - Throws: ``IIQError/Code/invalidConfiguration`` naming the first bad field, or
    ///   ``IIQError/Code/tokenExpired``.
    public func validate(now: Date = Date()) throws(IIQError) {
        try ConfigurationValidator.validate(self, now: now)
    }
}

extension IIQConfiguration: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The site, base URL and product; the token shows as `<redacted>`.
    public var description: String {
        "IIQConfiguration(baseURL: \(baseURL.absoluteString), siteID: \(siteID), product: \(product?.description ?? "none"), token: <redacted>)"
    }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// A mirror whose token child is redacted, so `dump` never shows it.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "token": token, "siteID": siteID, "baseURL": baseURL, "product": product as Any,
                "clientHeader": clientHeader, "timeout": timeout, "deadline": deadline, "retryPolicy": retryPolicy,
                "maximumRedirects": maximumRedirects, "pacing": pacing, "pageConcurrency": pageConcurrency,
                "userAgent": userAgent,
                "allowsInsecureLoopback": allowsInsecureLoopback,
            ])
    }
}
