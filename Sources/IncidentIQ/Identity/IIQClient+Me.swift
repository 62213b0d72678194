import Foundation

extension IIQClient {
    /// Who the token acts as, asked of the server (`GET /login`): the user, the site and the product.
    ///
    /// ```swift
    /// let me = try await client.me()
    /// print(me.user?.name ?? "", me.site?.name ?? "", me.product?.productName ?? "")
    /// ```
    ///
    /// Use it to check a token before a long job: unlike ``tokenClaims``, which only reads the
    /// token, this proves the server accepts it. It is a read, so it is retried like one.
    ///
    /// - Throws: for the token problems, before anything is sent or from the server's answer:
    ///   - a token that is not an IIQ token (not a JWT) fails when the client is made, with
    ///     code ``IIQError/Code/invalidConfiguration`` (``IIQConfigurationIssue/Reason/notAJWT``), unless
    ///     the site and base URL were given; then the server refuses it with code ``IIQError/Code/unauthorized``;
    ///   - a revoked token, or one another tenant issued, gets 401: code ``IIQError/Code/unauthorized``;
    ///   - an expired token: code ``IIQError/Code/tokenExpired``;
    ///   - a `SiteId` that contradicts the token's site fails when the client is made, with
    ///     code ``IIQError/Code/invalidConfiguration`` (``IIQConfigurationIssue/Reason/contradictsToken``).
    public func me(options: IIQRequestOptions = .default) async throws(IIQError) -> IIQCurrentUser {
        var operation = IIQOperation("me", .get, ["login"])
        // Any valid token may ask who it is; reading it twice is harmless.
        operation.isRetrySafe = true
        let response = try await send(operation, options: options)
        let (envelope, _) = try decodeReporting(
            ItemEnvelope<IIQCurrentUser>.self, from: response, of: operation, options: options)
        guard let item = envelope.item else {
            throw interpreter.missingItem(IIQCurrentUser.self, of: operation)
        }
        return item
    }
}
