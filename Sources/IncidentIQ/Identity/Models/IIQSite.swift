import Foundation

/// An Incident IQ site: one district's tenant, as `GET /login` describes it.
public struct IIQSite: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a site.
    public typealias ID = IIQIdentifier<IIQSite>

    /// The site's id (`SiteId`), the one key every site has.
    public var id: ID
    /// The district's name.
    public var name: String?
    /// The tenant's host, such as `district.incidentiq.com`.
    public var domain: String?
    /// The tenant's origin, such as `https://district.incidentiq.com`.
    public var domainWithProtocol: String?
    /// The site's time zone, such as `Eastern Standard Time`.
    public var timeZone: String?
    /// The site's offset from UTC, in minutes.
    public var offsetInMinutesFromUtc: Int?
    /// The products the site is licensed for.
    public var licensedProducts: [IIQLicensedProduct]?

    /// Creates a site with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "SiteId"
        case name = "Name"
        case domain = "Domain"
        case domainWithProtocol = "DomainWithProtocol"
        case timeZone = "TimeZone"
        case offsetInMinutesFromUtc = "OffsetInMinutesFromUtc"
        case licensedProducts = "LicensedProducts"
    }
}

extension IIQSite: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
