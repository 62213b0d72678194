import Foundation

/// A postal address.
public struct IIQAddress: Codable, Hashable, Sendable {
    /// The typed id of an address.
    public typealias ID = IIQIdentifier<IIQAddress>

    /// The address's own id (`AddressId`): the GUID its location holds as ``IIQLocation/addressID``.
    ///
    /// The spec marks it required, but an address nested in a location often comes without it, so
    /// here it is optional (and an address is not `Identifiable`). The all-zero GUID reads as `nil`.
    public var addressID: ID?
    /// The attention line: who mail to the address is for (`Attn`).
    public var attn: String?
    /// The city, as the site typed it.
    public var city: String?
    /// The country, as the site typed it.
    public var country: String?
    /// When the address was created in IIQ, in UTC; `nil` when IIQ sent none.
    public var createdDate: Date?
    /// The address's latitude in degrees, as IIQ stores it; read exactly, as a `Decimal`.
    public var latitude: Decimal?
    /// The address's longitude in degrees, as IIQ stores it; read exactly, as a `Decimal`.
    public var longitude: Decimal?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// When the address was last changed in IIQ, in UTC; `nil` when IIQ sent none.
    public var modifiedDate: Date?
    /// The id of the site (the district's tenant) the address belongs to (`SiteId`).
    public var siteID: IIQSite.ID?
    /// The state or region, such as `TX`, as the site typed it.
    public var state: String?
    /// The first street line, such as `100 Main St`.
    public var street1: String?
    /// The second street line, such as a suite; `nil` when there is none.
    public var street2: String?
    /// The postal code, as text so leading zeros are kept.
    public var zip: String?

    /// Creates an address with every property unset.
    public init() {}

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case addressID = "AddressId"
        case attn = "Attn"
        case city = "City"
        case country = "Country"
        case createdDate = "CreatedDate"
        case latitude = "Latitude"
        case longitude = "Longitude"
        case meta = "Meta"
        case modifiedDate = "ModifiedDate"
        case siteID = "SiteId"
        case state = "State"
        case street1 = "Street1"
        case street2 = "Street2"
        case zip = "Zip"
        case unknownFields = "$unknownFields"
    }
}
