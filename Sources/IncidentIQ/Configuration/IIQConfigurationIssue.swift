/// Why a configuration setting was refused. Carried by ``IIQError/Code/invalidConfiguration``.
///
/// The message names the field and what is wrong with it; it never repeats the value, so a
/// token pasted into the wrong place cannot leak through an error.
public struct IIQConfigurationIssue: Sendable, Hashable, CustomStringConvertible {
    /// The setting that was refused.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        /// The API token (`IIQ_API_TOKEN`).
        case token
        /// The SiteId (`IIQ_SITE_ID`).
        case siteID = "siteId"
        /// The API base URL (`IIQ_BASE_URL`).
        case baseURL
        /// The product (`IIQ_PRODUCT_ID`).
        case product
        /// The `Client` header value.
        case clientHeader
        /// The `User-Agent` header value.
        case userAgent
        /// The request timeout.
        case timeout
        /// The overall deadline of a call.
        case deadline
        /// The retry policy.
        case retryPolicy
        /// The pacing settings.
        case pacing
        /// The most requests one walk keeps on the wire.
        case pageConcurrency
        /// The most same-origin redirects one request follows.
        case maximumRedirects
    }

    /// What is wrong with the setting.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// It is required and was not given.
        case missing
        /// It is empty or only whitespace.
        case empty
        /// A token that is not a JWT, when the SiteId and base URL were not both given explicitly.
        case notAJWT
        /// It contains a CR, LF, NUL or other control character, which cannot go in an HTTP header.
        case controlCharacter
        /// A token with a space inside, which would corrupt the `Bearer` header.
        case containsSpace
        /// It contains a character outside printable ASCII, which cannot go in an HTTP header.
        case nonASCII
        /// It is longer than any valid value (8 KiB for a token).
        case tooLong
        /// A SiteId that is not a GUID.
        case notAGUID
        /// A product that is neither a GUID nor a known product key.
        case notAGUIDOrProductKey
        /// The SiteId contradicts the token's `iss` claim.
        case contradictsToken
        /// The token names no site and no SiteId was given.
        case siteNotInToken
        /// The token names no tenant and no base URL was given.
        case tenantNotInToken
        /// A base URL that cannot be parsed as an absolute URL.
        case notAURL
        /// A base URL that is not https (plain http is allowed only to loopback, behind the opt-in).
        case notHTTPS
        /// A base URL that carries a user name or password.
        case containsCredentials
        /// A base URL that carries a query.
        case containsQuery
        /// A base URL that carries a fragment.
        case containsFragment
        /// A timeout that is zero, negative or not finite.
        case notPositive
        /// A value outside the range the SDK can honour.
        case outOfRange
    }

    /// The setting that was refused.
    public let field: Field
    /// What is wrong with it.
    public let reason: Reason

    /// For a base URL that contradicts the token: the host the configuration names. Host names are
    /// not secrets, and naming both is what makes the mistake plain.
    public let configuredHost: String?
    /// For a base URL that contradicts the token: the host of the tenant the token was issued for.
    public let tokenHost: String?

    /// Creates an issue.
    public init(_ field: Field, _ reason: Reason) {
        self.field = field
        self.reason = reason
        configuredHost = nil
        tokenHost = nil
    }

    /// A base URL whose host is not the tenant the token was issued for.
    init(baseURLHost configured: String, tokenHost: String) {
        field = .baseURL
        reason = .contradictsToken
        configuredHost = configured
        self.tokenHost = tokenHost
    }

    /// A sentence naming the field and the problem, with a hint where one helps.
    public var description: String {
        "Invalid configuration: \(field.rawValue) \(explanation)"
    }

    private var explanation: String {
        switch reason {
        case .missing:
            field == .token
                ? "is missing. Set IIQ_API_TOKEN to a token made under Admin > Developer Tools." : "is missing."
        case .empty: "is empty."
        case .notAJWT:
            "is not a JWT. Incident IQ API tokens are JWTs; pass siteID and baseURL explicitly to use another kind."
        case .controlCharacter: "contains a control character (CR, LF, NUL, …), which HTTP headers cannot carry."
        case .containsSpace: "contains a space; a token is one unbroken string."
        case .nonASCII: "contains a character that is not printable ASCII, which HTTP headers cannot carry."
        case .tooLong: "is too long to be valid."
        case .notAGUID: "is not a GUID (expected 8-4-4-4-12 hexadecimal digits)."
        case .notAGUIDOrProductKey: "is neither a GUID nor a product key such as iiqtickets or iiqassets."
        case .contradictsToken where field == .baseURL:
            "names the host \(configuredHost ?? "?"), but the token was issued for \(tokenHost ?? "?") (its scope claim),"
                + " so every call would get a bare 401. Unset IIQ_BASE_URL (or pass no baseURL) to use the token's tenant;"
                + " to send to a proxy in front of it on purpose, set IIQ_BASE_URL_OVERRIDE=1 (allowsBaseURLOverride)."
        case .contradictsToken: "does not match the token's iss claim (the SiteId the token was issued for)."
        case .siteNotInToken: "is not in the token (no iss claim); pass it explicitly or set IIQ_SITE_ID."
        case .tenantNotInToken: "is not in the token (no scope claim); pass it explicitly or set IIQ_BASE_URL."
        case .notAURL: "is not an absolute URL such as https://district.incidentiq.com."
        case .notHTTPS:
            "must use https. Plain http is allowed only to a loopback host, with allowsInsecureLoopback."
        case .containsCredentials: "must not contain a user name or password."
        case .containsQuery: "must not contain a query."
        case .containsFragment: "must not contain a fragment."
        case .outOfRange:
            field == .maximumRedirects
                ? "must be between 0 and 20."
                : field == .timeout
                    ? "must be between 10 milliseconds and 24 hours: the SDK's own timer cannot promise less,"
                        + " and FoundationNetworking's backstop timer overflows on much more."
                    : "must be at least 10 milliseconds: the SDK's own timer cannot promise less."
        case .notPositive:
            field == .retryPolicy
                ? "must allow at least one attempt."
                : field == .pacing
                    ? "must allow at least one request in flight and a positive rate and burst."
                    : "must be a positive, finite duration."
        }
    }
}
