import Foundation

/// `/login`: who the token acts as (IIQ's `AuthorizedUser`). Any valid token may ask; a revoked,
/// unknown or other site's token gets 401 from the authenticator first.
enum IdentityRoutes {
    static let routes: [SandboxRoute] = [
        SandboxRoute(.get, "login", scope: nil) { store, context in
            let user = try store.users.require(context.callerID, "user")
            let portal = store.roles[user.roleID]?.portal ?? 1
            let ticketing = product(SandboxStore.ticketingProductID, key: "iiqtickets", name: "Ticketing", order: 1)
            let assets = product(SandboxStore.assetsProductID, key: "iiqassets", name: "Assets", order: 2)
            let site = SandboxJSON.object([
                ("SiteId", .id(store.siteID)), ("Name", .string("Sandbox School District")),
                ("TimeZone", .string("Eastern Standard Time")), ("OffsetInMinutesFromUtc", .int(-300)),
                ("LicensedProducts", .array([ticketing, assets])),
            ])
            let token = context.request.headers["Authorization"].map { String($0.dropFirst("Bearer ".count)) }
            return .item(
                .object([
                    ("UserId", .id(user.id)), ("User", store.json(user: user)), ("SiteId", .id(store.siteID)),
                    ("Site", site), ("ProductId", .id(SandboxStore.ticketingProductID)), ("Product", ticketing),
                    ("IsAgentPortal", .bool(portal >= 2)), ("IsRequestorPortal", .bool(portal < 2)),
                    ("TokenIssueDate", .date(context.grant?.issuedAt)),
                    ("TokenExpirationDate", .date(context.grant?.expiresAt)),
                    // IIQ echoes the session's secrets; the SDK must never decode or print them.
                    ("JwtToken", .text(token)), ("UserToken", .id(UUID())), ("XsrfToken", .string(UUID().uuidString)),
                ]))
        }
    ]

    /// A `ProductTier`.
    private static func product(_ id: UUID, key: String, name: String, order: Int) -> SandboxJSON {
        .object([
            ("ProductId", .id(id)), ("ProductKey", .string(key)), ("ProductName", .string(name)),
            ("ProductTierId", .id(id)), ("TierName", .string("Standard")), ("DisplayOrder", .int(order)),
        ])
    }
}
