import Foundation

/// A manufacturer.
public struct IIQManufacturer: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a manufacturer.
    public typealias ID = IIQIdentifier<IIQManufacturer>

    /// The manufacturer's id (`ManufacturerId`), the one key every manufacturer has.
    public var id: ID
    /// `EsoIsVisible`, a flag live tenants send on the manufacturer nested in an asset's model (`true`
    /// in every sample seen). The spec lists it only on models (``IIQAssetModel/esoIsVisible``), and
    /// nothing IIQ publishes says what ESO stands for or what the flag hides.
    public var esoIsVisible: Bool?
    /// The name of the icon IIQ shows for the manufacturer.
    public var icon: String?
    /// The id of the manufacturer's logo (`LogoId`), a file IIQ stores.
    /// A plain `UUID`: the SDK does not model IIQ's files.
    public var logoID: UUID?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The manufacturer's name, as IIQ shows it.
    public var name: String?
    /// Where the manufacturer applies (`Scope`): built in for every district, shared, or this
    /// site's own.
    public var scope: IIQScope?
    /// The id of the site (the district's tenant) the manufacturer belongs to (`SiteId`).
    public var siteID: IIQSite.ID?

    /// Creates a manufacturer with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "ManufacturerId"
        case esoIsVisible = "EsoIsVisible"
        case icon = "Icon"
        case logoID = "LogoId"
        case meta = "Meta"
        case name = "Name"
        case scope = "Scope"
        case siteID = "SiteId"
        case unknownFields = "$unknownFields"
    }
}

extension IIQManufacturer: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
