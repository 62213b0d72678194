import Foundation

/// A role, such as Student, Staff or Agent.
public struct IIQRole: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a role.
    public typealias ID = IIQIdentifier<IIQRole>

    /// The role's id (`RoleId`), the one key every role has.
    public var id: ID
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The name.
    public var name: String?
    /// The options.
    public var options: IIQJSONValue?
    /// The permission policies.
    public var permissionPolicies: [IIQJSONValue]?
    /// The portal.
    public var portal: IIQPortal?
    /// The id of the site.
    public var siteID: IIQSite.ID?
    /// The users.
    public var users: Int?
    /// The visibility.
    public var visibility: Int?

    /// Creates a role with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "RoleId"
        case meta = "Meta"
        case name = "Name"
        case options = "Options"
        case permissionPolicies = "PermissionPolicies"
        case portal = "Portal"
        case siteID = "SiteId"
        case users = "Users"
        case visibility = "Visibility"
        case unknownFields = "$unknownFields"
    }
}

extension IIQRole: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
