import Foundation

/// The short form of a user that assets carry as their owner.
public struct IIQSimpleUser: Codable, Hashable, Sendable {
    /// The email.
    public var email: String?
    /// The first name.
    public var firstName: String?
    /// The full name.
    public var fullName: String?
    /// The grade.
    public var grade: String?
    /// The homeroom.
    public var homeroom: String?
    /// The user's initials (`Initials`), such as `JH` for Jaime Hamilton: in the one live sample, the
    /// first letters of the first and last name. Not in the spec; live tenants send it on an asset's
    /// previous owner.
    public var initials: String?
    /// Whether the user has verified their email address, as ``IIQUser/isEmailVerified``. Not in the
    /// spec's short form of a user; live tenants send it on an asset's previous owner.
    public var isEmailVerified: Bool?
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
    /// The id of the role.
    public var roleID: IIQRole.ID?
    /// The role name.
    public var roleName: String?
    /// The school id number.
    public var schoolIdNumber: String?
    /// The id of the site.
    public var siteID: IIQSite.ID?
    /// The id of the user.
    public var userID: IIQUser.ID?
    /// The username.
    public var username: String?

    /// Creates an user with every property unset.
    public init() {}

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case email = "Email"
        case firstName = "FirstName"
        case fullName = "FullName"
        case grade = "Grade"
        case homeroom = "Homeroom"
        case initials = "Initials"
        case isEmailVerified = "IsEmailVerified"
        case isOnline = "IsOnline"
        case lastName = "LastName"
        case locationID = "LocationId"
        case meta = "Meta"
        case name = "Name"
        case photoID = "PhotoId"
        case roleID = "RoleId"
        case roleName = "RoleName"
        case schoolIdNumber = "SchoolIdNumber"
        case siteID = "SiteId"
        case userID = "UserId"
        case username = "Username"
        case unknownFields = "$unknownFields"
    }
}
