import Foundation

/// What an Incident IQ API token says about itself, read without a network call.
///
/// IIQ tokens are HS256 JWTs. The SDK reads the payload (base64url JSON) and never checks the
/// signature: only the server can. The claims give the site, the tenant and the expiry, which is
/// why `IIQClient(token:)` needs nothing else.
public struct IIQTokenClaims: Sendable, Hashable {
    /// The `iss` claim: the SiteId the `SiteId` header must carry.
    public var siteID: String?
    /// The `scope` claim: the tenant origin, such as `https://demo.incidentiq.com`.
    public var tenant: URL?
    /// The `sub` claim: the id of the user whose rights the token carries.
    public var userID: String?
    /// The `jti` claim: the token's own id.
    public var tokenID: String?
    /// The `iat` claim: when the token was issued.
    public var issuedAt: Date?
    /// The `exp` claim: when the token stops working.
    public var expiresAt: Date?

    /// Creates claims from their values.
    public init(
        siteID: String? = nil, tenant: URL? = nil, userID: String? = nil, tokenID: String? = nil,
        issuedAt: Date? = nil, expiresAt: Date? = nil
    ) {
        self.siteID = siteID
        self.tenant = tenant
        self.userID = userID
        self.tokenID = tokenID
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
    }

    /// Reads the claims of a JWT.
    ///
    /// - Throws: ``IIQError/Code/invalidConfiguration`` with reason ``IIQConfigurationIssue/Reason/notAJWT``
    ///   when the token has no three dot-separated parts, its payload is not base64url, or the payload is
    ///   not a JSON object. The error never contains the token or the payload text.
    public init(readingJWT token: IIQToken) throws(IIQError) {
        let parts = token.rawValue.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[1].isEmpty,
            let payload = Base64URL.decode(parts[1]),
            let claims = try? JSONDecoder().decode(Payload.self, from: payload)
        else {
            throw .invalidConfiguration(IIQConfigurationIssue(.token, .notAJWT))
        }
        self.init(
            siteID: claims.iss,
            tenant: claims.scope.flatMap(Self.origin(of:)),
            userID: claims.sub,
            tokenID: claims.jti,
            issuedAt: claims.iat.map(Date.init(timeIntervalSince1970:)),
            expiresAt: claims.exp.map(Date.init(timeIntervalSince1970:))
        )
    }

    /// Whether the token has expired at `date`; `false` when it has no expiry.
    public func isExpired(at date: Date = Date()) -> Bool {
        guard let expiresAt else { return false }
        return expiresAt <= date
    }

    /// The `scope` claim is the tenant origin; keep only scheme, host and port.
    private static func origin(of text: String) -> URL? {
        guard let components = URLComponents(string: text.trimmingCharacters(in: .whitespaces)),
            let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = components.host, !host.isEmpty
        else { return nil }
        var origin = URLComponents()
        origin.scheme = scheme
        origin.host = host
        origin.port = components.port
        return origin.url
    }
}

/// The payload of an IIQ JWT. A claim of the wrong type reads as absent instead of failing the token.
private struct Payload: Decodable {
    var iss: String?
    var scope: String?
    var sub: String?
    var jti: String?
    var iat: Double?
    var exp: Double?

    private enum CodingKeys: String, CodingKey { case iss, scope, sub, jti, iat, exp }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // `decode`, not `decodeIfPresent`: the module's lenient overloads would turn `"iss": 42` into "42".
        iss = try? container.decode(String.self, forKey: .iss)
        scope = try? container.decode(String.self, forKey: .scope)
        sub = try? container.decode(String.self, forKey: .sub)
        jti = try? container.decode(String.self, forKey: .jti)
        iat = Self.seconds(container, .iat)
        exp = Self.seconds(container, .exp)
    }

    /// IIQ writes `iat` and `exp` as fractional seconds, e.g. `1663691982.843`; accept numeric strings too.
    private static func seconds(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) -> Double? {
        let value =
            (try? container.decode(Double.self, forKey: key))
            ?? (try? container.decode(String.self, forKey: key)).flatMap(Double.init)
        guard let value, value.isFinite else { return nil }
        return value
    }
}

/// base64url without padding, as JWTs use it.
enum Base64URL {
    static func decode(_ text: Substring) -> Data? {
        guard text.utf8.count <= 64 * 1024 else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        switch base64.utf8.count % 4 {
        case 0: break
        case 2: base64 += "=="
        case 3: base64 += "="
        default: return nil
        }
        return Data(base64Encoded: base64)
    }

    static func encode(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
