import Foundation

/// The checks every configuration passes before any I/O. Errors name the field, never the value.
enum ConfigurationValidator {
    /// The longest token accepted. Real IIQ tokens are well under 2 KiB.
    static let maximumTokenLength = 8 * 1024

    static func validate(_ configuration: IIQConfiguration, now: Date) throws(IIQError) {
        try checkToken(configuration.token)
        try checkSiteID(configuration.siteID)
        try checkBaseURL(configuration.baseURL, allowsInsecureLoopback: configuration.allowsInsecureLoopback)
        try checkTenant(configuration)
        try checkHeaderValue(configuration.clientHeader, field: .clientHeader)
        try checkHeaderValue(configuration.userAgent, field: .userAgent)
        try CallLimits.check(timeout: configuration.timeout, deadline: configuration.deadline)
        guard (0...20).contains(configuration.maximumRedirects) else {
            throw .invalidConfiguration(IIQConfigurationIssue(.maximumRedirects, .outOfRange))
        }
        guard configuration.pacing.isValid else {
            throw .invalidConfiguration(IIQConfigurationIssue(.pacing, .notPositive))
        }
        guard configuration.pageConcurrency >= 1 else {
            throw .invalidConfiguration(IIQConfigurationIssue(.pageConcurrency, .notPositive))
        }
        guard configuration.retryPolicy.maximumAttempts >= 1 else {
            throw .invalidConfiguration(IIQConfigurationIssue(.retryPolicy, .notPositive))
        }
        if let claims = configuration.tokenClaims, let expiry = claims.expiresAt, claims.isExpired(at: now) {
            throw .tokenExpired(expiredAt: expiry)
        }
    }

    static func checkToken(_ token: IIQToken) throws(IIQError) {
        let value = token.rawValue
        guard value.utf8.count <= maximumTokenLength else {
            throw .invalidConfiguration(IIQConfigurationIssue(.token, .tooLong))
        }
        try checkHeaderValue(value, field: .token)
        guard !value.contains(" ") else {
            // A space would split "Bearer <token>" into something the server reads differently.
            throw .invalidConfiguration(IIQConfigurationIssue(.token, .containsSpace))
        }
    }

    /// A header value must be non-empty printable ASCII: Linux URLSession silently drops a header
    /// with CR, LF or NUL in it, which would surface later as a baffling 401.
    static func checkHeaderValue(_ value: String, field: IIQConfigurationIssue.Field) throws(IIQError) {
        if value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw .invalidConfiguration(IIQConfigurationIssue(field, .controlCharacter))
        }
        if value.unicodeScalars.contains(where: { $0.value > 0x7E }) {
            throw .invalidConfiguration(IIQConfigurationIssue(field, .nonASCII))
        }
        if value.allSatisfy({ $0 == " " }) {
            throw .invalidConfiguration(IIQConfigurationIssue(field, .empty))
        }
    }

    static func checkSiteID(_ siteID: String) throws(IIQError) {
        try checkHeaderValue(siteID, field: .siteID)
        guard GUID.parse(siteID) != nil else {
            throw .invalidConfiguration(IIQConfigurationIssue(.siteID, .notAGUID))
        }
    }

    static func resolveSiteID(explicit: String?, claimed: String?) throws(IIQError) -> String {
        switch (explicit, claimed) {
        case (let explicit?, let claimed?):
            try checkSiteID(explicit)
            guard explicit.lowercased() == claimed.lowercased() else {
                throw .invalidConfiguration(IIQConfigurationIssue(.siteID, .contradictsToken))
            }
            return explicit.lowercased()
        case (let explicit?, nil):
            try checkSiteID(explicit)
            return explicit.lowercased()
        case (nil, let claimed?):
            return claimed.lowercased()
        case (nil, nil):
            throw .invalidConfiguration(IIQConfigurationIssue(.siteID, .siteNotInToken))
        }
    }

    static func resolveBaseURL(explicit: URL?, claimed: URL?) throws(IIQError) -> URL {
        guard let url = explicit ?? claimed else {
            throw .invalidConfiguration(IIQConfigurationIssue(.baseURL, .tenantNotInToken))
        }
        return try normalize(url)
    }

    /// A base URL on another host than the tenant in the token's `scope` is refused before any I/O,
    /// as a contradicting SiteId is, unless it is a loopback host (the sandbox, a test server) or the
    /// configuration allows the override (a proxy).
    static func checkTenant(_ configuration: IIQConfiguration) throws(IIQError) {
        guard !configuration.allowsBaseURLOverride, let tenant = configuration.tokenClaims?.tenant,
            let tokenHost = tenant.host?.lowercased(), let host = configuration.baseURL.host?.lowercased(),
            host != tokenHost, !isLoopback(host)
        else { return }
        throw .invalidConfiguration(IIQConfigurationIssue(baseURLHost: host, tokenHost: tokenHost))
    }

    /// Parses `IIQ_BASE_URL`; a bare host such as `district.incidentiq.com` gets `https://`.
    static func parseBaseURL(_ text: String) throws(IIQError) -> URL {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let withScheme = trimmed.contains("://") ? trimmed : "https://" + trimmed
        guard let url = URL(string: withScheme) else {
            throw .invalidConfiguration(IIQConfigurationIssue(.baseURL, .notAURL))
        }
        return url
    }

    /// A bare tenant origin becomes origin + `/api/v1.0`; a trailing slash is dropped.
    static func normalize(_ url: URL) throws(IIQError) -> URL {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            components.scheme != nil, let host = components.host, !host.isEmpty
        else {
            throw .invalidConfiguration(IIQConfigurationIssue(.baseURL, .notAURL))
        }
        components.scheme = components.scheme?.lowercased()
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        components.percentEncodedPath = path.isEmpty ? "/api/v1.0" : path
        guard let normalized = components.url else {
            throw .invalidConfiguration(IIQConfigurationIssue(.baseURL, .notAURL))
        }
        return normalized
    }

    static func checkBaseURL(_ url: URL, allowsInsecureLoopback: Bool) throws(IIQError) {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            let scheme = components.scheme?.lowercased(), let host = components.host, !host.isEmpty
        else {
            throw .invalidConfiguration(IIQConfigurationIssue(.baseURL, .notAURL))
        }
        if components.user != nil || components.password != nil {
            throw .invalidConfiguration(IIQConfigurationIssue(.baseURL, .containsCredentials))
        }
        if components.query != nil {
            throw .invalidConfiguration(IIQConfigurationIssue(.baseURL, .containsQuery))
        }
        if components.fragment != nil {
            throw .invalidConfiguration(IIQConfigurationIssue(.baseURL, .containsFragment))
        }
        switch scheme {
        case "https": return
        case "http" where allowsInsecureLoopback && isLoopback(host): return
        default: throw .invalidConfiguration(IIQConfigurationIssue(.baseURL, .notHTTPS))
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if host == "localhost" || host == "::1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}
