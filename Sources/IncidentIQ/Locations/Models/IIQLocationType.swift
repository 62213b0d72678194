import Foundation

/// A kind of location, such as School.
public struct IIQLocationType: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a location type.
    public typealias ID = IIQIdentifier<IIQLocationType>

    /// The location type's id (`LocationTypeId`), the one key every location type has.
    public var id: ID
    /// When the location type was created, in UTC. Not in the spec; live tenants send it on the type
    /// nested in an asset's location, as the .NET default date in every sample seen, which reads as
    /// `nil`.
    public var createdDate: Date?
    /// Whether the location type has been deleted (`IsDeleted`). Not in the spec; live tenants send it
    /// on the type nested in an asset's location.
    public var isDeleted: Bool?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// When the location type was last changed, in UTC. Not in the spec; sent and read like
    /// ``createdDate``.
    public var modifiedDate: Date?
    /// The type's name, such as `Elementary School`.
    public var name: String?
    /// Where the location type applies (`Scope`), such as `All`. Not in the spec; live tenants send it
    /// on the type nested in an asset's location.
    public var scope: IIQScope?

    /// Creates a location type with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "LocationTypeId"
        case createdDate = "CreatedDate"
        case isDeleted = "IsDeleted"
        case meta = "Meta"
        case modifiedDate = "ModifiedDate"
        case name = "Name"
        case scope = "Scope"
        case unknownFields = "$unknownFields"
    }
}

extension IIQLocationType: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
