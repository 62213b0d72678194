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
    /// The attn.
    public var attn: String?
    /// The city.
    public var city: String?
    /// The country.
    public var country: String?
    /// The created date, in UTC; `nil` when IIQ sent none.
    public var createdDate: Date?
    /// The latitude.
    public var latitude: Decimal?
    /// The longitude.
    public var longitude: Decimal?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The modified date, in UTC; `nil` when IIQ sent none.
    public var modifiedDate: Date?
    /// The id of the site.
    public var siteID: IIQSite.ID?
    /// The state.
    public var state: String?
    /// The street 1.
    public var street1: String?
    /// The street 2.
    public var street2: String?
    /// The zip.
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
