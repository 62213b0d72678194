import Foundation

/// Who the token acts as, as the server sees it: the user, the site and the product, from
/// `GET /login` (IIQ's `AuthorizedUser`). ``IIQClient/me(options:)`` returns it.
///
/// Unlike ``IIQClient/tokenClaims``, which reads the token without a network call, every value here
/// comes from the server, so a token that was revoked, belongs to another tenant or is not an IIQ
/// token at all fails instead of answering.
///
/// IIQ's answer also carries a session `JwtToken`, `XsrfToken` and `UserToken`; they are secrets and
/// are never decoded.
public struct IIQCurrentUser: Codable, Hashable, Sendable {
    /// The id of the user the token acts as (`UserId`), the one key every answer has.
    public var userID: IIQUser.ID
    /// The user the token acts as, with role and location when IIQ sends them.
    public var user: IIQUser?
    /// The id of the site (`SiteId`); the `SiteId` header must carry it.
    public var siteID: IIQSite.ID?
    /// The site: its name, domain, time zone and licensed products.
    public var site: IIQSite?
    /// The id of the product the call was made in (`ProductId`).
    public var productID: IIQProduct.ID?
    /// The product the call was made in, with its tier.
    public var product: IIQLicensedProduct?
    /// Whether the user works in the agent portal.
    public var isAgentPortal: Bool?
    /// Whether the user works in the requestor portal.
    public var isRequestorPortal: Bool?
    /// When the session was issued, in UTC.
    public var tokenIssueDate: Date?
    /// When the session expires, in UTC.
    public var tokenExpirationDate: Date?

    /// Creates an answer with only the user's id set; set other properties as needed.
    public init(userID: IIQUser.ID) {
        self.userID = userID
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case userID = "UserId"
        case user = "User"
        case siteID = "SiteId"
        case site = "Site"
        case productID = "ProductId"
        case product = "Product"
        case isAgentPortal = "IsAgentPortal"
        case isRequestorPortal = "IsRequestorPortal"
        case tokenIssueDate = "TokenIssueDate"
        case tokenExpirationDate = "TokenExpirationDate"
    }

    /// The products the site is licensed for, from ``site``; empty when IIQ sent none.
    public var licensedProducts: [IIQLicensedProduct] { site?.licensedProducts ?? [] }
}
