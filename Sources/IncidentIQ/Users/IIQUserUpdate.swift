/// Changes to a user, for ``IIQUsersAPI/update(_:with:options:)``. Only what you set is sent, so a
/// partial update never wipes other fields.
public struct IIQUserUpdate: Hashable, Sendable, Encodable {
    /// A new first name.
    public var firstName: String?
    /// A new last name.
    public var lastName: String?
    /// A new email address.
    public var email: String?
    /// A new sign-in name.
    public var username: String?
    /// A new phone number.
    public var phone: String?
    /// A new grade, for students.
    public var grade: String?
    /// A new homeroom.
    public var homeroom: String?
    /// A new student or staff number.
    public var schoolIdNumber: String?
    /// A new external id.
    public var externalID: String?
    /// A new location.
    public var locationID: IIQLocation.ID?
    /// A new role.
    public var roleID: IIQRole.ID?
    /// New internal comments.
    public var internalComments: String?
    /// Activates or deactivates the user.
    public var isActive: Bool?
    /// New custom field values; sets `UpdateCustomFields`.
    public var customFieldValues: [IIQCustomFieldValue]? {
        didSet { updatesCustomFields = customFieldValues == nil ? nil : true }
    }
    /// `UpdateCustomFields`, which IIQ needs beside `CustomFieldValues`; kept in step by `customFieldValues`.
    private var updatesCustomFields: Bool?

    /// Creates an empty update; set the properties to change.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case firstName = "FirstName"
        case lastName = "LastName"
        case email = "Email"
        case username = "Username"
        case phone = "Phone"
        case grade = "Grade"
        case homeroom = "Homeroom"
        case schoolIdNumber = "SchoolIdNumber"
        case externalID = "ExternalId"
        case locationID = "LocationId"
        case roleID = "RoleId"
        case internalComments = "InternalComments"
        case isActive = "IsActive"
        case customFieldValues = "CustomFieldValues"
        case updatesCustomFields = "UpdateCustomFields"
    }

}
