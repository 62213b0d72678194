import Foundation

/// A tag.
public struct IIQTag: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a tag.
    public typealias ID = IIQIdentifier<IIQTag>

    /// The tag's id (`TagId`), the one key every tag has.
    public var id: ID
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The tag's text, such as `Summer repair`.
    public var name: String?
    /// The id of the product (module) the tag belongs to (`ProductId`), such as Ticketing's;
    /// ``IIQProduct/init(id:)`` turns it into the product to scope calls with.
    public var productID: IIQProduct.ID?
    /// The id of the site (the district's tenant) the tag belongs to (`SiteId`).
    public var siteID: IIQSite.ID?
    /// A number for the kind of tag (`TagTypeId`). IIQ does not document the values.
    public var tagTypeID: Int?

    /// Creates a tag with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "TagId"
        case meta = "Meta"
        case name = "Name"
        case productID = "ProductId"
        case siteID = "SiteId"
        case tagTypeID = "TagTypeId"
        case unknownFields = "$unknownFields"
    }
}

extension IIQTag: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
