import Foundation

/// An asset status, such as Available, Assigned or In Repair.
public struct IIQAssetStatus: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of an asset status.
    public typealias ID = IIQIdentifier<IIQAssetStatus>

    /// The asset status's id (`AssetStatusTypeId`), the one key every asset status has.
    public var id: ID
    /// Whether the asset status is retired.
    public var isRetired: Bool?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The name.
    public var name: String?
    /// The scope.
    public var scope: IIQScope?
    /// The id of the site.
    public var siteID: IIQSite.ID?
    /// Whether supports NS as is set.
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
