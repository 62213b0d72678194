import Foundation

/// An asset status, such as Available, Assigned or In Repair.
public struct IIQAssetStatus: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of an asset status.
    public typealias ID = IIQIdentifier<IIQAssetStatus>

    /// The asset status's id (`AssetStatusTypeId`), the one key every asset status has.
    public var id: ID
    /// Whether assets with this status are out of service, such as Retired or Disposed.
    public var isRetired: Bool?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The status's name, as IIQ shows it.
    public var name: String?
    /// Where the status applies (`Scope`): built in for every district, shared, or this site's own.
    public var scope: IIQScope?
    /// The id of the site (the district's tenant) the status belongs to (`SiteId`).
    public var siteID: IIQSite.ID?
    /// The `SupportsNSAs` flag live tenants send. IIQ does not document it or say what an NSA is.
    public var supportsNSAs: Bool?

    /// Creates an asset status with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "AssetStatusTypeId"
        case isRetired = "IsRetired"
        case meta = "Meta"
        case name = "Name"
        case scope = "Scope"
        case siteID = "SiteId"
        case supportsNSAs = "SupportsNSAs"
        case unknownFields = "$unknownFields"
    }
}

extension IIQAssetStatus: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
