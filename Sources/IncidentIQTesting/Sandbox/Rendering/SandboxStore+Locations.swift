import Foundation

/// Locations and rooms as IIQ sends them.
extension SandboxStore {
    /// A `Location`.
    func json(location: LocationRecord) -> SandboxJSON {
        .object([
            ("LocationId", .id(location.id)), ("SiteId", .id(siteID)), ("Name", .string(location.name)),
            ("Abbreviation", .string(location.abbreviation)), ("AddressId", .id(location.id)),
            (
                "Address",
                .object([
                    ("AddressId", .id(location.id)), ("Street1", .string(location.street)), ("Street2", .null),
                    ("City", .string(location.city)), ("State", .string("IL")), ("Zip", .string(location.zip)),
                    ("Country", .string("US")),
                ])
            ),
            ("LocationTypeId", .id(location.typeID)),
            (
                "LocationType",
                .object([("LocationTypeId", .id(location.typeID)), ("Name", .string(location.typeName))])
            ),
            ("CreatedDate", .date(location.created)), ("ModifiedDate", .date(location.modified)),
        ])
    }

    /// The short location object other entities nest.
    func json(locationSummary location: LocationRecord) -> SandboxJSON {
        .object([
            ("LocationId", .id(location.id)), ("Name", .string(location.name)),
            ("Abbreviation", .string(location.abbreviation)), ("LocationTypeId", .id(location.typeID)),
            ("IsReservable", .bool(false)), ("LocationStatusTypeId", .id(nil)),
        ])
    }

    /// A `LocationRoom`.
    func json(room: RoomRecord?) -> SandboxJSON {
        guard let room else { return .null }
        return .object([
            ("LocationRoomId", .id(room.id)), ("Name", .string(room.name)), ("NameFormatted", .string(room.name)),
            ("Description", .null), ("LocationId", .id(room.locationID)),
        ])
    }
}
