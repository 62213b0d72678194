import Foundation

/// An issue type: the middle level of IIQ's issue catalogue, between a category and its issues
/// (category Chromebook → type Hardware → issue Broken Screen).
public struct IIQIssueType: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of an issue type.
    public typealias ID = IIQIdentifier<IIQIssueType>

    /// The issue type's id (`IssueTypeId`), the one key every issue type has.
    public var id: ID
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The type's name, such as `Hardware`.
    public var name: String?
    /// The id of the product the type belongs to.
    public var productID: IIQProduct.ID?
    /// Where the type applies: built in, global, or this site's own.
    public var scope: IIQScope?
    /// The id of the site, for a site's own type.
    public var siteID: IIQSite.ID?

    /// Creates an issue type with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "IssueTypeId"
        case meta = "Meta"
        case name = "Name"
        case productID = "ProductId"
        case scope = "Scope"
        case siteID = "SiteId"
        case unknownFields = "$unknownFields"
    }
}

extension IIQIssueType: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
