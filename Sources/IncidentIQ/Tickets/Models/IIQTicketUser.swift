import Foundation

/// The short form of a user that tickets carry: requestor, owner, assignee.
public struct IIQTicketUser: Codable, Hashable, Sendable {
    /// The user's email address.
    public var email: String?
    /// The user's given name.
    public var firstName: String?
    /// Whether IIQ last saw the user signed in.
    public var isOnline: Bool?
    /// The user's family name.
    public var lastName: String?
    /// The id of the user's location (school or building).
    public var locationID: IIQLocation.ID?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The user's display name, usually first and last.
    public var name: String?
    /// The id of the user's photo (`PhotoId`), a file IIQ stores. A plain `UUID`: the SDK does
    /// not model IIQ's files.
    public var photoID: UUID?
    /// How the user relates to the ticket, such as its requester.
    public var relationship: IIQTicketUserRelationship?
    /// The role in ``roleID``, when IIQ nests it.
    public var role: IIQRole?
    /// The id of the user's role, such as Student or Agent.
    public var roleID: IIQRole.ID?
    /// The student's or staff member's number at school, as the student information system sends
    /// it.
    public var schoolIdNumber: String?
    /// The user's id, to read the whole user with ``IIQUsersAPI/get(_:options:)``.
    public var userID: IIQUser.ID?

    /// Creates an user with every property unset.
    public init() {}

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case email = "Email"
        case firstName = "FirstName"
        case isOnline = "IsOnline"
        case lastName = "LastName"
        case locationID = "LocationId"
        case meta = "Meta"
        case name = "Name"
        case photoID = "PhotoId"
        case relationship = "Relationship"
        case role = "Role"
        case roleID = "RoleId"
        case schoolIdNumber = "SchoolIdNumber"
        case userID = "UserId"
        case unknownFields = "$unknownFields"
    }
}
