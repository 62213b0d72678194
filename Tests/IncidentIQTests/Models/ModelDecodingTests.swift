import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Models decode live-shaped data")
struct ModelDecodingTests {
    static func utc(_ text: String) -> Date? {
        if case .date(let date) = IIQDateParser.parse(text) { return date }
        return nil
    }

    @Test("An asset page: nested objects, dates in every form, nil sentinels, extras and missing keys")
    func assets() throws {
        let envelope = try IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: Fixture.data("asset-page.json"))
        #expect(envelope.items.count == 2)
        #expect(envelope.paging?.totalRows == 2)
        let asset = envelope.items[0]
        #expect(asset.id.description == "6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a60")
        #expect(asset.assetTag == "LHS-004512")
        #expect(asset.serialNumber == "5CD1234XYZ")
        #expect(asset.assetTypeID == IIQAssetType.devices.id)
        #expect(asset.status?.name == "Assigned")
        #expect(asset.status?.scope == .all)
        #expect(asset.status?.supportsNSAs == true)
        #expect(asset.model?.manufacturer?.name == "Dell")
        #expect(asset.model?.manufacturer?.scope == IIQScope(rawValue: "System"))
        #expect(asset.owner?.grade == "07")
        #expect(asset.ownerID == IIQUser.ID("3f2504e0-4f89-11d3-9a0c-0305e82c3301"))
        #expect(asset.location?.name == "Lincoln High School")
        #expect(asset.locationRoomID == nil, "the all-zero GUID reads as unset")
        #expect(asset.openTickets == 1)
        #expect(asset.purchasePrice == 289.5)
        #expect(asset.createdDate == Self.utc("2018-04-04T15:15:48.127"))
        #expect(asset.modifiedDate == Self.utc("2019-07-23T16:06:18.11"))
        #expect(asset.purchasedDate == Self.utc("2021-08-15"), "a .NET Date object")
        #expect(asset.warrantyExpirationDate == Self.utc("2024-08-15"), "a timestamp string")
        #expect(asset.retiredDate == nil, "0001-01-01 reads as nil")
        #expect(asset.customFieldValues?.first?.value == "Cart 3")
        #expect(asset.customFieldValues?.first?.editorTypeID == 1)
        #expect(asset.linkedAssetIDs == [])
        #expect(asset.totalCost?["AssetId"]?.stringValue == "6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a60")
        let sparse = envelope.items[1]
        #expect(sparse.assetTag == "LHS-004513")
        #expect(sparse.createdDate == Self.utc("2018-11-27T18:51:29.9"))
        #expect(sparse.modifiedDate == nil && sparse.owner == nil && sparse.siteID == nil)
    }

    @Test("ItemCount without Paging")
    func itemCountOnly() throws {
        let envelope = try IIQJSON.decode(
            ListEnvelope<IIQAsset>.self, from: Fixture.data("asset-serial-no-paging.json"))
        #expect(envelope.paging == nil)
        #expect(envelope.itemCount == 1)
        #expect(envelope.items.first?.createdDate == Self.utc("2018-04-16T11:22:42.1"))
    }

    @Test("A ticket: requestor, team, workflow step, linked assets, unknown keys")
    func ticket() throws {
        let envelope = try IIQJSON.decode(ItemEnvelope<IIQTicket>.self, from: Fixture.data("ticket.json"))
        let ticket = try #require(envelope.item)
        #expect(ticket.ticketNumber == "39181")
        #expect(ticket.subject == "Cracked screen")
        #expect(ticket.requestor?.name == "Maya Lopez")
        #expect(ticket.requestor?.relationship == .requestor)
        #expect(ticket.assignedToUserID == nil)
        #expect(ticket.assignedToTeam?.teamName == "Tier 1")
        #expect(ticket.workflowStep?.stepName == "In Progress")
        #expect(ticket.isUrgent == true)
        #expect(ticket.closedDate == nil)
        #expect(ticket.modifiedDate == Self.utc("2019-11-20T08:30:00.5"))
        #expect(ticket.assets?.first?.assetTag == "LHS-004512")
        #expect(ticket.ticketFollowerUserIDs == [IIQUser.ID("3f2504e0-4f89-11d3-9a0c-0305e82c3301")].compactMap { $0 })
        #expect(ticket.siteID == nil && ticket.isTraining == nil, "required keys live tenants drop")
    }

    @Test("A ticket number sent as a number still decodes")
    func numericTicketNumber() throws {
        let json = #"{"TicketId":"d4c3b2a1-0000-4000-8000-000000000042","TicketNumber":39181}"#
        let ticket = try IIQJSON.decode(IIQTicket.self, from: Data(json.utf8))
        #expect(ticket.ticketNumber == 39181)
    }

    @Test("A user: Portal 0 kept, a drifted scalar read as nil, not a failure")
    func user() throws {
        let envelope = try IIQJSON.decode(ListEnvelope<IIQUser>.self, from: Fixture.data("user-page.json"))
        let user = try #require(envelope.items.first)
        #expect(user.portal == IIQPortal(rawValue: 0))
        #expect(user.portal == IIQPortal.none)
        #expect(user.role?.portal == .requestor)
        #expect(user.role?.name == "Student")
        #expect(user.trainingPercentComplete == nil)
        #expect(user.hourlyRate == 0)
        #expect(user.grade == "07")
        #expect(user.customFieldValues?.first?.userID == user.id)
    }

    @Test("Activities keep the $type and unknown activity types")
    func activities() throws {
        let envelope = try IIQJSON.decode(
            ListEnvelope<IIQTicketActivity>.self, from: Fixture.data("ticket-activities.json"))
        let items = try #require(envelope.items.first?.activityItems)
        #expect(items.count == 3)
        #expect(items[0].type == .comment)
        #expect(items[0].typeName == IIQTicketActivityItem.commentTypeName)
        #expect(items[0].comments == "Replacement ordered.")
        #expect(items[1].type == .resolutionAction)
        #expect(items[1].effort == 15)
        #expect(items[2].type == IIQActivityType(rawValue: 99))
    }

    @Test("Status rows missing WorkflowId decode")
    func statuses() throws {
        let envelope = try IIQJSON.decode(
            ListEnvelope<IIQTicketStatus>.self, from: Fixture.data("ticket-statuses.json"))
        #expect(envelope.items.count == 2)
        #expect(envelope.items[1].workflowID == nil)
        #expect(envelope.items[1].isClosed == true)
    }

    @Test("A missing entity id is a decoding error naming the path")
    func missingID() {
        let json = #"{"Items":[{"AssetTag":"X"}]}"#
        #expect(throws: DecodingError.self) { try IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: Data(json.utf8)) }
    }

    @Test("Open enumerations round-trip unknown values")
    func openEnums() throws {
        let data = try IIQJSON.encoder.encode([IIQPortal(rawValue: 7)])
        #expect(String(decoding: data, as: UTF8.self) == "[7]")
        #expect(
            try IIQJSON.decode([IIQTicketSchema].self, from: Data(#"["Brand_New"]"#.utf8)) == [
                IIQTicketSchema(rawValue: "Brand_New")
            ])
    }

    @Test("Models re-encode with IIQ's keys and only what is set")
    func modelEncoding() throws {
        var asset = IIQAsset(id: try #require(IIQAsset.ID("6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a60")))
        asset.assetTag = "LHS-1"
        asset.createdDate = Self.utc("2020-01-02T03:04:05.5")
        let object = try #require(
            try JSONSerialization.jsonObject(with: IIQJSON.encoder.encode(asset)) as? [String: Any])
        #expect(object.keys.sorted() == ["AssetId", "AssetTag", "CreatedDate"])
        #expect(object["AssetId"] as? String == "6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a60")
        #expect(object["CreatedDate"] as? String == "2020-01-02T03:04:05.500Z")
    }
}

@Suite("Update bodies")
struct UpdateBodyTests {
    func keys(_ value: some Encodable) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: IIQJSON.encoder.encode(value)) as? [String: Any]
        return (object ?? [:]).keys.sorted()
    }

    @Test("Custom field values bring UpdateCustomFields; nothing else is written unless set")
    func customFields() throws {
        let value = IIQCustomFieldValue()
        var asset = IIQAssetUpdate()
        #expect(try keys(asset) == [])
        asset.customFieldValues = [value]
        #expect(try keys(asset) == ["CustomFieldValues", "UpdateCustomFields"])
        asset.customFieldValues = nil
        #expect(try keys(asset) == [])
        var user = IIQUserUpdate()
        user.customFieldValues = []
        #expect(try keys(user) == ["CustomFieldValues", "UpdateCustomFields"])
        var ticket = IIQTicketUpdate()
        ticket.dueDate = Date(timeIntervalSince1970: 0)
        #expect(try keys(ticket) == ["DueDate"])
        ticket.customFieldValues = [value]
        #expect(try keys(ticket) == ["CustomFieldValues", "DueDate", "UpdateCustomFields"])
    }
}
