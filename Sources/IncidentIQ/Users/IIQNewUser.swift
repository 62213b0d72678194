/// A local user to create with ``IIQUsersAPI/createLocalUser(_:options:)``: someone who signs in with
/// an Incident IQ password rather than through the district's directory.
public struct IIQNewUser: Hashable, Sendable, Encodable {
    /// The user's given name.
    public var firstName: String
    /// The user's family name.
    public var lastName: String
    /// The email address.
    public var email: String?
    /// The sign-in name.
    public var username: String?
    /// The initial password. Never printed by the SDK.
    public var password: String?
    /// The id of the role the user gets, such as Student; ``IIQRolesAPI`` lists them.
    public var roleID: IIQRole.ID
    /// The id of the user's location (school or building).
    public var locationID: IIQLocation.ID
    /// The grade, for students.
    public var grade: String?
    /// The student or staff number.
    public var schoolIdNumber: String?

    /// Creates a local user with what IIQ requires.
    public init(
        firstName: String, lastName: String, role: IIQRole.ID, location: IIQLocation.ID, email: String? = nil,
        username: String? = nil, password: String? = nil
    ) {
        self.firstName = firstName
        self.lastName = lastName
        self.roleID = role
        self.locationID = location
        self.email = email
        self.username = username
        self.password = password
    }

    enum CodingKeys: String, CodingKey {
        case firstName = "FirstName"
        case lastName = "LastName"
        case email = "Email"
        case username = "Username"
        case password = "Password"
        case roleID = "RoleId"
        case locationID = "LocationId"
        case grade = "Grade"
        case schoolIdNumber = "SchoolIdNumber"
    }

    func validated(_ operation: String) throws(IIQError) -> IIQNewUser {
        let check = ArgumentCheck(operation: operation)
        _ = try check.requireText(firstName, "firstName")
        _ = try check.requireText(lastName, "lastName")
        _ = try check.require(roleID, "role")
        _ = try check.require(locationID, "location")
        return self
    }
}

extension IIQNewUser: CustomStringConvertible, CustomReflectable {
    /// The name and username; the password is left out.
    public var description: String { "IIQNewUser(\(firstName) \(lastName), username: \(username ?? "none"))" }
    /// A mirror without the password.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "firstName": firstName, "lastName": lastName, "username": username as Any, "password": "<redacted>",
            ])
    }
}
