import Foundation

/// Makes unsigned Incident IQ-shaped JWTs for tests: real claims, no signature a server would accept.
///
/// ```swift
/// let token = IIQTestToken.make(expiresIn: 3600)
/// let client = try IIQClient(token: token, transport: MockTransport())
/// ```
public enum IIQTestToken {
    /// The site id test tokens carry unless told otherwise: IIQ's documented example site.
    public static let defaultSiteID = "bb6cece8-e4f4-e511-a789-005056bb000e"
    /// The tenant test tokens carry unless told otherwise: IIQ's documented demo tenant.
    public static let defaultTenant = "https://demo.incidentiq.com"

    /// Makes a token.
    ///
    /// - Parameters:
    ///   - siteID: The `iss` claim; `nil` leaves it out.
    ///   - tenant: The `scope` claim (tenant origin); `nil` leaves it out.
    ///   - userID: The `sub` claim.
    ///   - issuedAt: The `iat` claim.
    ///   - expiresAt: The `exp` claim, written as fractional seconds as IIQ does; `nil` leaves it out.
    ///   - extraClaims: More claims, such as a sandbox's `scopes`.
    public static func make(
        siteID: String? = defaultSiteID, tenant: String? = defaultTenant,
        userID: String = "8c7b6a5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d", issuedAt: Date = Date(),
        expiresAt: Date? = Date().addingTimeInterval(3600), extraClaims: [String: any Sendable] = [:]
    ) -> String {
        var claims: [String: Any] = ["sub": userID, "jti": UUID().uuidString.lowercased()]
        claims["iat"] = (issuedAt.timeIntervalSince1970 * 1000).rounded() / 1000
        if let siteID { claims["iss"] = siteID }
        if let tenant { claims["scope"] = tenant }
        if let expiresAt { claims["exp"] = (expiresAt.timeIntervalSince1970 * 1000).rounded() / 1000 }
        for (key, value) in extraClaims { claims[key] = value }
        let header = #"{"alg":"HS256","typ":"JWT"}"#
        let payload = (try? JSONSerialization.data(withJSONObject: claims, options: [.sortedKeys])) ?? Data()
        return encode(Data(header.utf8)) + "." + encode(payload) + ".c2lnbmF0dXJl"
    }

    /// Makes a token that expires `interval` from now (negative for one already expired).
    public static func make(expiresIn interval: TimeInterval) -> String {
        make(expiresAt: Date().addingTimeInterval(interval))
    }

    static func encode(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
