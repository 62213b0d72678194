import Foundation
import IncidentIQ

/// What a token the sandbox issued allows.
struct SandboxGrant: Sendable {
    var userID: UUID
    var scopes: Set<String>
    var expiresAt: Date
    var issuedAt: Date? = nil
    /// Set by ``IIQSandbox/revoke(_:)``: IIQ answers 401 from then on.
    var isRevoked = false
}

/// Checks a request's headers as IIQ does: a bearer token the tenant issued, not expired, for this
/// site, with the scope the operation needs.
struct SandboxAuthenticator: Sendable {
    var siteID: UUID

    func authorize(
        _ request: SandboxRequest, scope: String?, grants: [String: SandboxGrant], now: Date
    ) throws -> SandboxGrant {
        guard let authorization = request.headers["Authorization"], !authorization.isEmpty else {
            throw SandboxFailure.unauthorized("Authorization has been denied for this request: no token was sent.")
        }
        let token =
            authorization.lowercased().hasPrefix("bearer ")
            ? String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces) : authorization
        guard let grant = grants[token] else {
            if let claims = try? IIQTokenClaims(readingJWT: IIQToken(token)), let site = claims.siteID,
                UUID(uuidString: site) != siteID
            {
                throw SandboxFailure.unauthorized(
                    "Authorization has been denied for this request: the token belongs to another site.")
            }
            throw SandboxFailure.unauthorized(
                "Authorization has been denied for this request: the token was not issued by this tenant.")
        }
        guard !grant.isRevoked else {
            throw SandboxFailure.unauthorized(
                "Authorization has been denied for this request: the token has been revoked.")
        }
        guard grant.expiresAt > now else {
            throw SandboxFailure.unauthorized("Authorization has been denied for this request: the token has expired.")
        }
        guard let site = request.headers["SiteId"].flatMap(UUID.init(uuidString:)), site == siteID else {
            throw SandboxFailure.unauthorized(
                "Authorization has been denied for this request: the SiteId header does not match the token's site.")
        }
        if let scope, !grant.scopes.contains(scope), !grant.scopes.contains("admin") {
            throw SandboxFailure.forbidden("This token does not grant '\(scope)', which this operation needs.")
        }
        return grant
    }
}
