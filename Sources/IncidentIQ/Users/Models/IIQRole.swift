import Foundation

/// A role, such as Student, Staff or Agent.
public struct IIQRole: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a role.
    public typealias ID = IIQIdentifier<IIQRole>

    /// The role's id (`RoleId`), the one key every role has.
    public var id: ID
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The role's name, such as `Student` or `Agent`.
    public var name: String?
    /// The role's settings (`Options`), passed through untyped: IIQ does not document the shape.
    public var options: IIQJSONValue?
    /// The permission policies the role grants (`PermissionPolicies`), passed through untyped: IIQ
    /// does not document the shape.
    public var permissionPolicies: [IIQJSONValue]?
    /// Which IIQ interface users with the role get: the requester portal, the agent view or the
    /// admin view.
    public var portal: IIQPortal?
    /// The id of the site (the district's tenant) the role belongs to (`SiteId`).
    public var siteID: IIQSite.ID?
    /// How many users have the role.
    public var users: Int?
    /// A number for who can see the role (`Visibility`). IIQ does not document the values.
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
