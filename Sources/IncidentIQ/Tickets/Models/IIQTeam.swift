import Foundation

/// A team of agents that tickets can be assigned to.
public struct IIQTeam: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a team.
    public typealias ID = IIQIdentifier<IIQTeam>

    /// The team's id (`TeamId`), the one key every team has.
    public var id: ID
    /// The ids of the team's members, when IIQ lists them.
    public var memberIDs: [IIQUser.ID]?
    /// How many users are on the team.
    public var membersCount: Int?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The id of the site (the district's tenant) the team belongs to (`SiteId`).
    public var siteID: IIQSite.ID?
    /// The team's name, such as `Tier 2`.
    public var teamName: String?
    /// How many tickets are assigned to the team, as IIQ counts them (`Tickets`); IIQ does not say
    /// whether closed ones count.
    public var tickets: Int?

    /// Creates a team with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "TeamId"
        case memberIDs = "MemberIds"
        case membersCount = "MembersCount"
        case meta = "Meta"
        case siteID = "SiteId"
        case teamName = "TeamName"
        case tickets = "Tickets"
        case unknownFields = "$unknownFields"
    }
}

extension IIQTeam: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
