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
    /// The account setup progress.
    public var accountSetupProgress: Int?
    /// The assets.
    public var assets: [IIQAsset]?
    /// How the user signs in, such as `Local`.
    public var authenticatedBy: String?
    /// When the user was created, in UTC.
    public var createdDate: Date?
    /// The custom field values.
    public var customFieldValues: [IIQCustomFieldValue]?
    /// The data mappings.
    public var dataMappings: IIQJSONValue?
    /// The email.
    public var email: String?
    /// The external.
    public var externalID: String?
    /// The first name.
    public var firstName: String?
    /// The grade, for students.
    public var grade: String?
    /// The homeroom.
    public var homeroom: String?
    /// The hourly rate, for labor tracking.
    public var hourlyRate: Decimal?
    /// The internal comments.
    public var internalComments: String?
    /// Whether the user is active.
    public var isActive: Bool?
    /// Whether the user is deleted.
    public var isDeleted: Bool?
    /// Whether the user is email verified.
    public var isEmailVerified: Bool?
    /// Whether the user is online.
    public var isOnline: Bool?
    /// The is online last updated, in UTC; `nil` when IIQ sent none.
    public var isOnlineLastUpdated: Date?
    /// Whether the user is out of office.
    public var isOutOfOffice: Bool?
    /// Whether the user is welcome email sent.
    public var isWelcomeEmailSent: Bool?
    /// The last name.
    public var lastName: String?
    /// The location.
    public var location: IIQLocation?
    /// The id of the location.
    public var locationID: IIQLocation.ID?
    /// The location name.
    public var locationName: String?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// When the user was last changed, in UTC.
    public var modifiedDate: Date?
    /// The name.
    public var name: String?
    /// The options.
    public var options: IIQJSONValue?
    /// A password, written only when creating a local user; IIQ never returns it.
    public var password: String?
    /// The password expiration date, in UTC; `nil` when IIQ sent none.
    public var passwordExpirationDate: Date?
    /// The permission policy overrides.
    public var permissionPolicyOverrides: [IIQJSONValue]?
    /// The phone.
    public var phone: String?
    /// The id of the user's photo (`PhotoId`), a file IIQ stores. A plain `UUID`: the SDK does
    /// not model IIQ's files.
    public var photoID: UUID?
    /// The portal the user sees: requestor, agent or administrator.
    public var portal: IIQPortal?
    /// Whether prevent provider updates is set.
    public var preventProviderUpdates: Bool?
    /// The id of the product.
    public var productID: IIQProduct.ID?
    /// The role.
    public var role: IIQRole?
    /// The id of the role.
    public var roleID: IIQRole.ID?
    /// The student or staff number the district assigns.
    public var schoolIdNumber: String?
    /// The site.
    public var site: IIQJSONValue?
    /// The id of the site.
    public var siteID: IIQSite.ID?
    /// The source.
    public var source: IIQJSONValue?
    /// The source.
    public var sourceID: Int?
    /// The training percent complete.
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
