import Foundation

/// A person in the district: a student, a staff member, an agent.
///
/// Every property but ``id`` is optional. ``portal`` keeps values the spec does not list (live
/// tenants send `0`).
public struct IIQUser: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of an user.
    public typealias ID = IIQIdentifier<IIQUser>

    /// The user's id (`UserId`), the one key every user has.
    public var id: ID
    /// How far the user has got through IIQ's account setup (`AccountSetupProgress`). IIQ does not
    /// document the scale.
    public var accountSetupProgress: Int?
    /// The assets the user owns, when IIQ includes them.
    public var assets: [IIQAsset]?
    /// How the user signs in, such as `Local`.
    public var authenticatedBy: String?
    /// When the user was created, in UTC.
    public var createdDate: Date?
    /// The user's custom field values, one per field that has one; ``customFields(using:)`` pairs
    /// them with their fields.
    public var customFieldValues: [IIQCustomFieldValue]?
    /// How the user's fields map to an external system that syncs them (`DataMappings`), passed
    /// through untyped: IIQ does not document the shape.
    public var dataMappings: IIQJSONValue?
    /// The user's email address.
    public var email: String?
    /// The user's id in the system that syncs them to IIQ, such as a student information system
    /// (`ExternalId`).
    public var externalID: String?
    /// The user's given name.
    public var firstName: String?
    /// The grade, for students.
    public var grade: String?
    /// The student's homeroom, as the student information system sends it.
    public var homeroom: String?
    /// The hourly rate, for labor tracking.
    public var hourlyRate: Decimal?
    /// Notes staff keep on the user, which the user does not see.
    public var internalComments: String?
    /// Whether the user's account is active; inactive users cannot sign in.
    public var isActive: Bool?
    /// Whether the user was deleted. Searches leave deleted users out unless asked for them.
    public var isDeleted: Bool?
    /// Whether the user confirmed their email address.
    public var isEmailVerified: Bool?
    /// Whether IIQ last saw the user signed in; see ``isOnlineLastUpdated``.
    public var isOnline: Bool?
    /// When IIQ last updated ``isOnline``, in UTC; `nil` when IIQ sent none.
    public var isOnlineLastUpdated: Date?
    /// Whether the agent marked themselves out of office, which IIQ uses when assigning tickets.
    public var isOutOfOffice: Bool?
    /// Whether IIQ sent the user its welcome email.
    public var isWelcomeEmailSent: Bool?
    /// The user's family name.
    public var lastName: String?
    /// The location in ``locationID``, when IIQ nests it.
    public var location: IIQLocation?
    /// The id of the user's location (school or building).
    public var locationID: IIQLocation.ID?
    /// The name of the location in ``locationID``.
    public var locationName: String?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// When the user was last changed, in UTC.
    public var modifiedDate: Date?
    /// The user's display name, usually first and last.
    public var name: String?
    /// The user's settings, such as notifications (`Options`), passed through untyped.
    public var options: IIQJSONValue?
    /// A password, written only when creating a local user; IIQ never returns it.
    public var password: String?
    /// When the user's local password expires, in UTC; `nil` when unset or the user signs in
    /// elsewhere.
    public var passwordExpirationDate: Date?
    /// Permissions set for this user beyond their role (`PermissionPolicyOverrides`), passed
    /// through untyped.
    public var permissionPolicyOverrides: [IIQJSONValue]?
    /// The user's phone number, as text.
    public var phone: String?
    /// The id of the user's photo (`PhotoId`), a file IIQ stores. A plain `UUID`: the SDK does
    /// not model IIQ's files.
    public var photoID: UUID?
    /// The portal the user sees: requestor, agent or administrator.
    public var portal: IIQPortal?
    /// Whether syncs from the user's provider (such as Google or a student information system) must
    /// leave the user's fields alone.
    public var preventProviderUpdates: Bool?
    /// The id of the product (module) the user belongs to (`ProductId`), such as Ticketing's;
    /// ``IIQProduct/init(id:)`` turns it into the product to scope calls with.
    public var productID: IIQProduct.ID?
    /// The role in ``roleID``, when IIQ nests it.
    public var role: IIQRole?
    /// The id of the user's role, such as Student or Agent.
    public var roleID: IIQRole.ID?
    /// The student or staff number the district assigns.
    public var schoolIdNumber: String?
    /// The site in ``siteID``, passed through untyped; ``IIQClient/me(options:)`` reads the site as
    /// a model.
    public var site: IIQJSONValue?
    /// The id of the site (the district's tenant) the user belongs to (`SiteId`).
    public var siteID: IIQSite.ID?
    /// Where the user came from, as an object (`Source`), passed through untyped: IIQ does not
    /// document its shape.
    public var source: IIQJSONValue?
    /// A number for where the user came from (`SourceId`), such as an import or a sync. IIQ does
    /// not document the values.
    public var sourceID: Int?
    /// How much of IIQ's training the user has finished, in percent; live tenants sometimes send it
    /// as text, which is read.
    public var trainingPercentComplete: Int?
    /// The sign-in name.
    public var username: String?

    /// Creates an user with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "UserId"
        case accountSetupProgress = "AccountSetupProgress"
        case assets = "Assets"
        case authenticatedBy = "AuthenticatedBy"
        case createdDate = "CreatedDate"
        case customFieldValues = "CustomFieldValues"
        case dataMappings = "DataMappings"
        case email = "Email"
        case externalID = "ExternalId"
        case firstName = "FirstName"
        case grade = "Grade"
        case homeroom = "Homeroom"
        case hourlyRate = "HourlyRate"
        case internalComments = "InternalComments"
        case isActive = "IsActive"
        case isDeleted = "IsDeleted"
        case isEmailVerified = "IsEmailVerified"
        case isOnline = "IsOnline"
        case isOnlineLastUpdated = "IsOnlineLastUpdated"
        case isOutOfOffice = "IsOutOfOffice"
        case isWelcomeEmailSent = "IsWelcomeEmailSent"
        case lastName = "LastName"
        case location = "Location"
        case locationID = "LocationId"
        case locationName = "LocationName"
        case meta = "Meta"
        case modifiedDate = "ModifiedDate"
        case name = "Name"
        case options = "Options"
        case password = "Password"
        case passwordExpirationDate = "PasswordExpirationDate"
        case permissionPolicyOverrides = "PermissionPolicyOverrides"
        case phone = "Phone"
        case photoID = "PhotoId"
        case portal = "Portal"
        case preventProviderUpdates = "PreventProviderUpdates"
        case productID = "ProductId"
        case role = "Role"
        case roleID = "RoleId"
        case schoolIdNumber = "SchoolIdNumber"
        case site = "Site"
        case siteID = "SiteId"
        case source = "Source"
        case sourceID = "SourceId"
        case trainingPercentComplete = "TrainingPercentComplete"
        case username = "Username"
        case unknownFields = "$unknownFields"
    }
}

extension IIQUser: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
