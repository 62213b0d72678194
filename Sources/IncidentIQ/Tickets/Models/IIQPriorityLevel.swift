import Foundation

/// A priority level, such as High.
public struct IIQPriorityLevel: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a priority level.
    public typealias ID = IIQIdentifier<IIQPriorityLevel>

    /// The priority level's id (`PriorityLevelId`), the one key every priority level has.
    public var id: ID
    /// The colour IIQ shows the level in, as the site set it. IIQ does not document the format.
    public var color: String?
    /// The highest ticket ``IIQTicket/priority`` number this level covers.
    public var max: Int?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The lowest ticket ``IIQTicket/priority`` number this level covers.
    public var min: Int?
    /// The level's name, such as `High`.
    public var name: String?
    /// The id of the site (the district's tenant) the priority level belongs to (`SiteId`).
    public var siteID: IIQSite.ID?

    /// Creates a priority level with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "PriorityLevelId"
        case color = "Color"
        case max = "Max"
        case meta = "Meta"
        case min = "Min"
        case name = "Name"
        case siteID = "SiteId"
        case unknownFields = "$unknownFields"
    }
}

extension IIQPriorityLevel: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
