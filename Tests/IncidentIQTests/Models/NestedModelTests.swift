import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

/// Nested models are as complete as the top-level ones: every key a live-shaped asset or ticket
/// carries in its manufacturer, owners, location (with its type and address) and room is read into
/// a typed property, with its value, and comes back out when the model is encoded.
@Suite("Nested models keep every key of a live-shaped record")
struct NestedModelTests {
    static func utc(_ text: String) -> Date? {
        if case .date(let date) = IIQDateParser.parse(text) { return date }
        return nil
    }

    static func uuid(_ text: String) -> UUID? { UUID(uuidString: text) }

    static let site = IIQSite.ID("5e0c2a47-81f3-4d6b-9a2e-c4b8d1f07e63")
    static let zero = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    /// The one page of the live-shaped asset fixture, fetched through `assets.search` over the mock.
    static func assetPage() async throws -> IIQPage<IIQAsset> {
        let mock = MockTransport(responses: [.json(try Fixture.data("asset-live-nested.json"))])
        let client = try Fixture.client(mock)
        var pages = client.assets.search().prefetching(false).pages.makeAsyncIterator()
        return try #require(try await pages.next())
    }

    @Test("An asset's model, manufacturer, owners, location, location type, address and room: every value")
    func asset() async throws {
        let page = try await Self.assetPage()
        #expect(page.skipped.isEmpty)
        #expect(page.drifts.isEmpty, "\(page.drifts)")
        let asset = try #require(page.items.first)

        let manufacturer = try #require(asset.model?.manufacturer)
        #expect(manufacturer.id == IIQManufacturer.ID("c4e81a5d-2f96-4b37-8d0c-61a7f3e95b28"))
        #expect(manufacturer.esoIsVisible == true)
        #expect(manufacturer.icon == "fa fa-laptop")
        #expect(manufacturer.logoID == Self.uuid("3d9f1b6e-a7c2-4e58-9b04-f26d8c1a5e73"))
        #expect(manufacturer.siteID == Self.site)
        #expect(asset.model?.category?["Name"]?.stringValue == "Chromebooks")

        let owner = try #require(asset.owner)
        #expect(owner.initials == "PR")
        #expect(owner.isEmailVerified == true)
        let previous = try #require(asset.previousOwner)
        #expect(asset.previousOwnerID == IIQUser.ID("4b9d2e7a-c1f6-4a83-b5e0-9f3c7a1d6e42"))
        #expect(previous.userID == asset.previousOwnerID)
        #expect(previous.initials == "MO")
        #expect(previous.isEmailVerified == false)
        #expect(previous.isOnline == true)
        #expect(previous.roleName == "Faculty")
        #expect(previous.grade == "Staff")
        #expect(previous.siteID == Self.site)

        let location = try #require(asset.location)
        #expect(location.abbreviation == "RHS")
        #expect(location.addressID == IIQAddress.ID("6f1d9b3e-7a25-4c80-b4e9-d2a6f8c1e537"))
        #expect(location.isReservable == true)
        #expect(location.isDeleted == false)
        #expect(location.locationStatusTypeID == Self.uuid("d5a1e7c3-9b4f-4268-8c0d-e3f9b5a7c162"))
        #expect(location.createdDate == Self.utc("2019-06-11T14:03:27.5"))
        #expect(location.modifiedDate == Self.utc("2024-01-09T08:00:00"))

        let type = try #require(location.locationType)
        #expect(type.id == location.locationTypeID)
        #expect(type.name == "High School")
        #expect(type.createdDate == Self.utc("2017-03-02T10:20:30.123"))
        #expect(type.modifiedDate == Self.utc("2022-09-15T12:00:00"))
        #expect(type.isDeleted == false)
        #expect(type.scope == .all)

        let address = try #require(location.address)
        #expect(address.addressID == location.addressID)
        #expect(address.siteID == Self.site)
        #expect(address.attn == "Front Office")
        #expect(address.street1 == "4020 Riverside Dr" && address.street2 == "Building B")
        #expect(address.city == "Riverside" && address.state == "CA" && address.zip == "92503")
        #expect(address.country == "USA")
        #expect(address.latitude == Decimal(string: "33.9533") && address.longitude == Decimal(string: "-117.3961"))
        #expect(address.createdDate == Self.utc("2019-06-11T14:03:27.5"))
        #expect(address.modifiedDate == Self.utc("2024-01-09T08:00:00"))

        let room = try #require(asset.locationRoom)
        #expect(room.id == asset.locationRoomID)
        #expect(room.name == "Room B214" && room.nameFormatted == "Room B214")
        #expect(room.description == "Chemistry lab")
        #expect(room.icon == "fa fa-door-open")
        #expect(room.locationID == location.id && room.locationName == "Riverside High School")
        #expect(room.locationRoomTypeID == Self.uuid("1e5c9a3f-7b2d-4f86-a4e0-c8b2d6f9a351"))
        #expect(room.locationRoomStatusTypeID == Self.uuid("f9b5d1e7-3a6c-4b20-9e84-a1c7e5b3d926"))
        #expect(room.isAvailable == true)
        #expect(room.isExternallyAvailable == false)
        #expect(room.isDeleted == false)
        #expect(room.createdDate == Self.utc("2020-07-22T11:30:00.25"))
        #expect(room.modifiedDate == Self.utc("2024-08-05T07:15:42.9"))
    }

    @Test("IIQ's unset values in the new properties: the .NET default date and the all-zero typed id read as nil")
    func unsetValues() async throws {
        let asset = try #require(try await Self.assetPage().items.last)
        let location = try #require(asset.location)
        #expect(location.addressID == nil, "a typed id: the all-zero GUID is unset")
        #expect(location.locationStatusTypeID == Self.zero, "a plain GUID is kept as sent, as every UUID property is")
        #expect(location.isReservable == false)
        #expect(location.locationType?.createdDate == nil && location.locationType?.modifiedDate == nil)
        #expect(location.locationType?.scope == .site)
        let room = try #require(asset.locationRoom)
        #expect(room.createdDate == nil && room.modifiedDate == nil)
        #expect(room.locationRoomTypeID == Self.zero && room.locationRoomStatusTypeID == Self.zero)
        #expect(room.isAvailable == false && room.isExternallyAvailable == true)
        #expect(asset.model?.manufacturer?.esoIsVisible == nil, "a key the record leaves out")
    }

    @Test("A ticket's location, room, address, location types and activity owner: every value")
    func ticket() async throws {
        let logs = LogCollector()
        let mock = MockTransport(responses: [.json(try Fixture.data("ticket-live-nested.json"))])
        let client = try Fixture.client(mock, logHandler: logs.handler)
        let ticket = try await client.tickets.get(#require(IIQTicket.ID("3e9a5c71-b2d4-4f86-a0e3-7c5b1d9f2a64")))
        #expect(logs.records.flatMap(\.fieldDrifts).isEmpty)

        let location = try #require(ticket.location)
        #expect(location.id == ticket.locationID)
        #expect(location.isReservable == true && location.isDeleted == false)
        #expect(location.locationStatusTypeID == Self.uuid("d5a1e7c3-9b4f-4268-8c0d-e3f9b5a7c162"))
        #expect(location.addressID == IIQAddress.ID("6f1d9b3e-7a25-4c80-b4e9-d2a6f8c1e537"))
        #expect(location.address?.addressID == location.addressID)
        #expect(location.address?.country == "USA")
        #expect(location.locationType?.createdDate == Self.utc("2017-03-02T10:20:30.123"))
        #expect(location.locationType?.modifiedDate == Self.utc("2022-09-15T12:00:00"))
        #expect(location.locationType?.isDeleted == false && location.locationType?.scope == .all)

        let room = try #require(ticket.locationRoom)
        #expect(room.locationRoomTypeID == Self.uuid("1e5c9a3f-7b2d-4f86-a4e0-c8b2d6f9a351"))
        #expect(room.locationRoomStatusTypeID == Self.uuid("f9b5d1e7-3a6c-4b20-9e84-a1c7e5b3d926"))
        #expect(room.isAvailable == true && room.isExternallyAvailable == false && room.isDeleted == false)
        #expect(room.createdDate == Self.utc("2020-07-22T11:30:00.25"))
        #expect(room.modifiedDate == Self.utc("2024-08-05T07:15:42.9"))

        #expect(ticket.locations?.first?.address?.addressID == location.addressID)
        #expect(ticket.locations?.first?.isReservable == false)
        #expect(ticket.locationTypes?.first?.isDeleted == true && ticket.locationTypes?.first?.scope == .site)
        let activityOwner = try #require(ticket.activities?.first?.owner)
        #expect(activityOwner.initials == "MO" && activityOwner.isEmailVerified == true)

        // The ticket's other nested objects, per spec.
        #expect(ticket.owner?.role?.visibility == 0)
        #expect(ticket.owner?.photoID == Self.uuid("b1d7f3a9-4c6e-4b28-9f05-e7a3c9d1b642"))
        #expect(ticket.assignedToUser?.relationship == .agent)
        #expect(ticket.assignedToTeam?.memberIDs == [try #require(IIQUser.ID("4b9d2e7a-c1f6-4a83-b5e0-9f3c7a1d6e42"))])
        #expect(ticket.priorityLevel?.color == "#f0ad4e" && ticket.priorityLevel?.max == 3)
        #expect(ticket.issue?.sortOrder == 3 && ticket.workflowStep?.workflowName == "Default")
        #expect(ticket.tags?.first?.tagTypeID == 1)
        #expect(ticket.assets?.first?.modelName == "C722")
    }

    /// Every key path of a JSON tree, arrays folded to `[]`.
    static func keyPaths(_ value: Any, _ path: String = "") -> Set<String> {
        switch value {
        case let object as [String: Any]:
            return object.reduce(into: Set<String>()) { paths, entry in
                let child = path.isEmpty ? entry.key : path + "." + entry.key
                paths.insert(child)
                paths.formUnion(keyPaths(entry.value, child))
            }
        case let array as [Any]:
            return array.reduce(into: Set<String>()) { $0.formUnion(keyPaths($1, path + "[]")) }
        default:
            return []
        }
    }

    @Test(
        "Decoding then encoding keeps every key of the live-shaped record: no key is left unread",
        arguments: ["asset-live-nested.json", "ticket-live-nested.json"])
    func nothingDropped(_ name: String) throws {
        let data = try Fixture.data(name)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let record: Any
        let encoded: Data
        if let items = root["Items"] as? [Any] {
            record = items[0]
            encoded = try IIQJSON.encoder.encode(try IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: data).items[0])
        } else {
            record = try #require(root["Item"])
            let ticket = try #require(try IIQJSON.decode(ItemEnvelope<IIQTicket>.self, from: data).item)
            encoded = try IIQJSON.encoder.encode(ticket)
        }
        let sent = Self.keyPaths(record)
        let kept = Self.keyPaths(try JSONSerialization.jsonObject(with: encoded))
        #expect(sent.subtracting(kept).sorted() == [])
        #expect(kept.subtracting(sent).sorted() == [])
    }

    @Test("The sandbox sends the nested models' shapes: its assets, tickets, users and locations decode with no drift")
    func sandboxHasNoDrift() async throws {
        let sandbox = IIQSandbox(district: IIQSandboxDistrict(seed: 3, assets: 300))
        let client = try Fixture.client(sandbox: sandbox)
        let summary = IIQWalkSummary()
        let assets = try await client.assets.search(IIQAssetQuery(pageSize: 500)).summarized(into: summary).all()
        #expect(assets.filter { $0.location?.locationStatusTypeID != Self.zero }.map(\.id) == [])
        for try await _ in client.tickets.search(IIQTicketQuery(pageSize: 500)).summarized(into: summary) {}
        for try await _ in client.users.search(IIQUserQuery(pageSize: 500)).summarized(into: summary) {}
        for try await _ in client.locations.all(pageSize: 500).summarized(into: summary) {}
        #expect(summary.items > 300)
        #expect(summary.skipped.isEmpty)
        #expect(summary.drifts.map(\.codingPath) == [])
    }
}
