import Foundation

/// A room in a location.
public struct IIQRoom: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a room.
    public typealias ID = IIQIdentifier<IIQRoom>

    /// The room's id (`LocationRoomId`), the one key every room has.
    public var id: ID
    /// The description.
    public var description: String?
    /// The icon.
    public var icon: String?
    /// The id of the location.
    public var locationID: IIQLocation.ID?
    /// The location name.
    public var locationName: String?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The name.
    public var name: String?
    /// The name formatted.
    public var nameFormatted: String?
    /// The id of the site.
    public var siteID: UUID?

    /// Creates a room with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "LocationRoomId"
        case description = "Description"
        case icon = "Icon"
        case locationID = "LocationId"
        case locationName = "LocationName"
        case meta = "Meta"
        case name = "Name"
        case nameFormatted = "NameFormatted"
        case siteID = "SiteId"
        case unknownFields = "$unknownFields"
    }
}

extension IIQRoom: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
