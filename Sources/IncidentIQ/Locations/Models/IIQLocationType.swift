import Foundation

/// A kind of location, such as School.
public struct IIQLocationType: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a location type.
    public typealias ID = IIQIdentifier<IIQLocationType>

    /// The location type's id (`LocationTypeId`), the one key every location type has.
    public var id: ID
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The name.
    public var name: String?

    /// Creates a location type with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "LocationTypeId"
        case meta = "Meta"
        case name = "Name"
        case unknownFields = "$unknownFields"
    }
}

extension IIQLocationType: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
