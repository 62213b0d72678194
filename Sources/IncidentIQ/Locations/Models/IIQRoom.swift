import Foundation

/// A room in a location.
public struct IIQRoom: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a room.
    public typealias ID = IIQIdentifier<IIQRoom>

    /// The room's id (`LocationRoomId`), the one key every room has.
    public var id: ID
    /// When the room was created, in UTC. Not in the spec; live tenants send it on rooms nested in
    /// assets, as the .NET default date in every sample seen, which reads as `nil`.
    public var createdDate: Date?
    /// What the room is, as the site describes it.
    public var description: String?
    /// The name of the icon IIQ shows for the room. Not in the spec; live tenants send it.
    public var icon: String?
    /// Whether the room is available (`IsAvailable`). Not in the spec, and IIQ documents nowhere what
    /// makes a room available; live tenants send it on rooms nested in assets.
    public var isAvailable: Bool?
    /// Whether the room has been deleted (`IsDeleted`). Not in the spec; live tenants send it on rooms
    /// nested in assets.
    public var isDeleted: Bool?
    /// `IsExternallyAvailable`, a flag live tenants send on rooms nested in assets. Not in the spec and
    /// not documented: users elsewhere carry a matching `ShouldOnlySeeExternallyAvailableRooms`, which
    /// suggests it marks the rooms IIQ offers to external users, but nobody has confirmed it.
    public var isExternallyAvailable: Bool?
    /// The id of the location (school or building) the room is in.
    public var locationID: IIQLocation.ID?
    /// The name of the location in ``locationID``.
    public var locationName: String?
    /// The id of the room's status type (`LocationRoomStatusTypeId`). Not in the spec, and no route
    /// the SDK calls lists room status types; live tenants send it on rooms nested in assets, as the
    /// all-zero GUID (IIQ's "unset") in every sample seen, which is kept as sent.
    public var locationRoomStatusTypeID: UUID?
    /// The id of the room's type (`LocationRoomTypeId`). Not in the spec, and no route the SDK calls
    /// lists room types; sent and kept like ``locationRoomStatusTypeID``.
    public var locationRoomTypeID: UUID?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// When the room was last changed, in UTC. Not in the spec; sent and read like ``createdDate``.
    public var modifiedDate: Date?
    /// The room's name, such as `Library` or `204`.
    public var name: String?
    /// The room's name as IIQ displays it, which may add the location. Not in the spec; live
    /// tenants send it.
    public var nameFormatted: String?
    /// The id of the site (the district's tenant) the room belongs to (`SiteId`).
    public var siteID: IIQSite.ID?

    /// Creates a room with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "LocationRoomId"
        case createdDate = "CreatedDate"
        case description = "Description"
        case icon = "Icon"
        case isAvailable = "IsAvailable"
        case isDeleted = "IsDeleted"
        case isExternallyAvailable = "IsExternallyAvailable"
        case locationID = "LocationId"
        case locationName = "LocationName"
        case locationRoomStatusTypeID = "LocationRoomStatusTypeId"
        case locationRoomTypeID = "LocationRoomTypeId"
        case meta = "Meta"
        case modifiedDate = "ModifiedDate"
        case name = "Name"
        case nameFormatted = "NameFormatted"
        case siteID = "SiteId"
        case unknownFields = "$unknownFields"
    }
}

extension IIQRoom: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
