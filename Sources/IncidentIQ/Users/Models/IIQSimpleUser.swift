import Foundation

/// The short form of a user that assets carry as their owner.
public struct IIQSimpleUser: Codable, Hashable, Sendable {
    /// The user's email address.
    public var email: String?
    /// The user's given name.
    public var firstName: String?
    /// The user's full name, as IIQ formats it.
    public var fullName: String?
    /// The student's grade, as the student information system sends it.
    public var grade: String?
    /// The student's homeroom, as the student information system sends it.
    public var homeroom: String?
    /// The user's initials (`Initials`), such as `JH` for Jaime Hamilton: in the one live sample, the
    /// first letters of the first and last name. Not in the spec; live tenants send it on an asset's
    /// previous owner.
    public var initials: String?
    /// Whether the user has verified their email address, as ``IIQUser/isEmailVerified``. Not in the
    /// spec's short form of a user; live tenants send it on an asset's previous owner.
    public var isEmailVerified: Bool?
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
    /// The id of the user's role, such as Student or Agent.
    public var roleID: IIQRole.ID?
    /// The name of the role in ``roleID``.
    public var roleName: String?
    /// The student's or staff member's number at school, as the student information system sends
    /// it.
    public var schoolIdNumber: String?
    /// The id of the site (the district's tenant) the user belongs to (`SiteId`).
    public var siteID: IIQSite.ID?
    /// The user's id, to read the whole user with ``IIQUsersAPI/get(_:options:)``.
    public var userID: IIQUser.ID?
    /// The name the user signs in with.
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
