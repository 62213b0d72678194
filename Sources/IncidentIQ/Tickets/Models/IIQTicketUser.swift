import Foundation

/// The short form of a user that tickets carry: requestor, owner, assignee.
public struct IIQTicketUser: Codable, Hashable, Sendable {
    /// The email.
    public var email: String?
    /// The first name.
    public var firstName: String?
    /// Whether the user is online.
    public var isOnline: Bool?
    /// The last name.
    public var lastName: String?
    /// The id of the location.
    public var locationID: IIQLocation.ID?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The name.
    public var name: String?
    /// The id of the user's photo (`PhotoId`), a file IIQ stores. A plain `UUID`: the SDK does
    /// not model IIQ's files.
    public var photoID: UUID?
    /// The relationship.
    public var relationship: IIQTicketUserRelationship?
    /// The role.
    public var role: IIQRole?
    /// The id of the role.
    public var roleID: IIQRole.ID?
    /// The school id number.
    public var schoolIdNumber: String?
    /// The id of the user.
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
