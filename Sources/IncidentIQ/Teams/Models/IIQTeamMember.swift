import Foundation

/// A user's membership of a team, as `GET /teams/{id}/members` lists it.
///
/// Its ``id`` is the member's user id, so it goes straight into an assignment:
/// `client.tickets.assign(ticket, to: .agentOnTeam(member.id, team.id))`.
public struct IIQTeamMember: Codable, Hashable, Sendable, Identifiable {
    /// The member's user id (`UserId`), the one key every membership has.
    public var id: IIQUser.ID
    /// The member's email address.
    public var email: String?
    /// The member's first name.
    public var firstName: String?
    /// Whether the membership has been removed.
    public var isDeleted: Bool?
    /// The member's last name.
    public var lastName: String?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The member's full name, as IIQ sends it in `Name`.
    public var name: String?
    /// The id of the team the member belongs to.
    public var teamID: IIQTeam.ID?
    /// The member's display name, as some tenants send it in `UserName`.
    public var userName: String?

    /// Creates a membership with only the user id set; set other properties as needed.
    public init(id: IIQUser.ID) {
        self.id = id
    }

    /// The name to show: ``name``, else ``userName``, else first and last names.
    public var displayName: String? {
        if let name, !name.isEmpty { return name }
        if let userName, !userName.isEmpty { return userName }
        let parts = [firstName, lastName].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "UserId"
        case email = "Email"
        case firstName = "FirstName"
        case isDeleted = "IsDeleted"
        case lastName = "LastName"
        case meta = "Meta"
        case name = "Name"
        case teamID = "TeamId"
        case userName = "UserName"
        case unknownFields = "$unknownFields"
    }
}

extension IIQTeamMember: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
