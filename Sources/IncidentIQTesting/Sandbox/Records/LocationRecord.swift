import Foundation

/// A school or office of the sandbox district.
struct LocationRecord: Sendable {
    var id: UUID
    var name: String
    var abbreviation: String
    var typeID: UUID
    var typeName: String
    var street: String
    var city: String
    var zip: String
    var created: Date
    var modified: Date
}

/// A room inside a location.
struct RoomRecord: Sendable {
    var id: UUID
    var locationID: UUID
    var name: String
}
