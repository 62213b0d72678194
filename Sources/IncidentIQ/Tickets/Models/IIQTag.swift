import Foundation

/// A tag.
public struct IIQTag: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a tag.
    public typealias ID = IIQIdentifier<IIQTag>

    /// The tag's id (`TagId`), the one key every tag has.
    public var id: ID
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The name.
    public var name: String?
    /// The id of the product.
    public var productID: IIQProduct.ID?
    /// The id of the site.
    public var siteID: IIQSite.ID?
    /// The tag type.
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
