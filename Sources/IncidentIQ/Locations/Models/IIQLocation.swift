import Foundation

/// A location: a school, an office, a warehouse.
///
/// Use ``IIQLocationsAPI`` to turn a school's name into the id filters need.
public struct IIQLocation: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a location.
    public typealias ID = IIQIdentifier<IIQLocation>

    /// The location's id (`LocationId`), the one key every location has.
    public var id: ID
    /// The location's short name, such as `RHS`, which IIQ shows where space is tight.
    public var abbreviation: String?
    /// The location's postal address, when IIQ nests it.
    public var address: IIQAddress?
    /// The id of the location's address (`AddressId`), the same GUID as ``IIQAddress/addressID``.
    /// Live tenants send the all-zero GUID for a location that has no address; it reads as `nil`.
    public var addressID: IIQAddress.ID?
    /// When the location was created in IIQ, in UTC; `nil` when IIQ sent none.
    public var createdDate: Date?
    /// The id of the location's floor plan (`FloorplanId`), a file IIQ stores. A plain `UUID`: the
    /// SDK does not model IIQ's files.
    public var floorplanID: UUID?
    /// Whether the location has been deleted (`IsDeleted`). Not in the spec; live tenants send it on
    /// locations nested in assets, `false` in every sample seen.
    public var isDeleted: Bool?
    /// Whether the location is reservable (`IsReservable`). Not in the spec, and IIQ documents nowhere
    /// what it controls; live tenants send it on locations nested in assets, `false` in every sample
    /// seen.
    public var isReservable: Bool?
    /// The id of the location's status type (`LocationStatusTypeId`). Not in the spec, and no route
    /// the SDK calls lists the status types; live tenants send it on locations nested in assets, as
    /// the all-zero GUID (IIQ's "unset") in every sample seen, which is kept as sent.
    public var locationStatusTypeID: UUID?
    /// The type in ``locationTypeID``, when IIQ nests it.
    public var locationType: IIQLocationType?
    /// The id of the location's type, such as Elementary School or District Office.
    public var locationTypeID: IIQLocationType.ID?
    /// The id of the location's logo (`LogoId`), a file IIQ stores. A plain `UUID`: the SDK does
    /// not model IIQ's files.
    public var logoID: UUID?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// When the location was last changed in IIQ, in UTC; `nil` when IIQ sent none.
    public var modifiedDate: Date?
    /// The location's name, such as `Lincoln Elementary`.
    public var name: String?
    /// The id of the product (module) the location belongs to (`ProductId`), such as Ticketing's;
    /// ``IIQProduct/init(id:)`` turns it into the product to scope calls with.
    public var productID: IIQProduct.ID?
    /// The rights the token's user has here, on `/locations/view` rows.
    public var rights: [String]?
    /// The id of the site (the district's tenant) the location belongs to (`SiteId`).
    public var siteID: IIQSite.ID?

    /// Creates a location with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "LocationId"
        case abbreviation = "Abbreviation"
        case address = "Address"
        case addressID = "AddressId"
        case createdDate = "CreatedDate"
        case floorplanID = "FloorplanId"
        case isDeleted = "IsDeleted"
        case isReservable = "IsReservable"
        case locationStatusTypeID = "LocationStatusTypeId"
        case locationType = "LocationType"
        case locationTypeID = "LocationTypeId"
        case logoID = "LogoId"
        case meta = "Meta"
        case modifiedDate = "ModifiedDate"
        case name = "Name"
        case productID = "ProductId"
        case rights = "Rights"
        case siteID = "SiteId"
        case unknownFields = "$unknownFields"
    }
}

extension IIQLocation: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
