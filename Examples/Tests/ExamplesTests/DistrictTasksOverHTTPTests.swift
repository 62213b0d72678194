import Foundation
import IncidentIQ
import IncidentIQTesting
import Testing

/// Issue 14's measure: each district task end to end over real HTTP against the sandbox server,
/// knowing no GUID in advance. Every id comes from a name, a serial or a listing. (Finding who the
/// token is and calling an unmodelled route are in WhoAmIAndRawOverHTTPTests.swift.)
@Suite("District tasks end to end over real HTTP, from names alone")
struct DistrictTasksOverHTTPTests {
    @Test("a device found by serial gets a ticket for the issue named Broken Screen, assigned to the team named Tier 1")
    func ticketForDeviceBySerialAssignedByTeamName() async throws {
        try await withServer { server in
            let client = try server.client()
            // Any assigned device's serial, as a person would read it off the sticker.
            let serial = try #require(
                try await client.assets.search(filters: [.status(named: "Assigned")]).first(1).first?.serialNumber)

            let found = try await client.assets.withSerial(serial)
            #expect(found.count == 1)
            let device = try #require(found.first)
            #expect(device.serialNumber == serial)

            let brokenScreen = try await client.issues.lookup(named: "Broken Screen", product: .ticketing).unique()
            #expect(brokenScreen.name == "Broken Screen")
            let ticket = try await client.tickets.create(
                IIQNewTicket(
                    requestor: try #require(device.ownerID), location: try #require(device.locationID),
                    issue: brokenScreen.id, subject: "Screen cracked", assets: [device.id]))

            let opened = try await client.tickets.get(ticket.id)
            #expect(opened.issueID == brokenScreen.id)
            #expect(opened.issue?.name == "Broken Screen")
            #expect(opened.assets?.compactMap(\.assetID) == [device.id])
            #expect(opened.requestorID == device.ownerID)
            #expect(opened.assignedToTeamID == nil)

            // Assign it by the team's name alone, then read it back two ways.
            let tier1 = try await client.teams.lookup(named: "Tier 1").unique()
            try await client.tickets.assign(ticket.id, to: .team(tier1.id))
            let assigned = try await client.tickets.get(ticket.id)
            #expect(assigned.assignedToTeamID == tier1.id)
            #expect(assigned.assignedToTeam?.teamName == "Tier 1")
            let teamQueue = try await client.tickets.search(.all, filters: [.team(tier1.id)]).all()
            #expect(teamQueue.contains { $0.id == ticket.id })
            #expect(teamQueue.allSatisfy { $0.assignedToTeamID == tier1.id })

            // The ticket shows up among the device's tickets too.
            let forDevice = try await client.tickets.search(.all, filters: [.asset(device.id)]).all()
            #expect(forDevice.contains { $0.id == ticket.id })
        }
    }

    @Test("an asset's custom field is read by its name, written, and read back; other fields keep their values")
    func customFieldByName() async throws {
        try await withServer { server in
            let client = try server.client()
            let fields = try await client.customFields.definitions(for: .asset)
            let grade = try #require(fields["grade level"])
            #expect(grade.name == "Grade Level" && grade.editorType == .select)
            #expect(grade.choices.count > 2)

            let asset = try #require(try await client.assets.search(IIQAssetQuery(pageSize: 5)).first(1).first)
            let before = try await client.assets.get(asset.id).customFields(using: fields)
            let old = before["Grade Level"]?.text
            let new = try #require(grade.choices.first { $0 != old })
            let untouched = before.entries.filter { $0.name != "Grade Level" }.map { ($0.typeID, $0.text) }

            try await client.customFields.set(grade, to: new, on: .asset(asset.id))

            let after = try await client.assets.get(asset.id).customFields(using: fields)
            #expect(after["Grade Level"]?.text == new)
            #expect(after["Grade Level"]?.text != old)
            for (typeID, text) in untouched {
                let id = try #require(typeID)
                #expect(after[id]?.text == text)
            }
            let values = try await client.customFields.values(of: .asset(asset.id))
            #expect(values.first { $0.customFieldTypeID == grade.valueKey }?.value == new)
        }
    }

    @Test("the server says who the token is: the user, the site and a licensed product")
    func whoTheTokenIs() async throws {
        try await withServer { server in
            let before = server.sandbox.requestCount
            let me = try await server.client().me()
            #expect(server.sandbox.requestCount == before + 1)
            #expect(me.userID == server.sandbox.administratorID)
            #expect(me.siteID?.uuid == server.sandbox.siteID)
            #expect(me.licensedProducts.contains { $0.product == .ticketing })
        }
    }

    /// Every version (id and modified date) a walk delivered, in order.
    static func walk<Element>(_ changes: IIQChangeSequence<Element>, _ key: (Element) -> (UUID, Date?)) async throws
        -> [UUID]
    {
        var ids: [UUID] = []
        for try await record in changes { ids.append(key(record).0) }
        return ids
    }

    /// The ids of `records` that `checkpoint` does not cover: the truth a walk from it must deliver.
    static func notCovered<Element>(
        by checkpoint: IIQSyncCheckpoint, in records: [Element], _ key: (Element) -> (UUID, Date?)
    ) -> Set<UUID> {
        Set(
            records.compactMap { record in
                let (id, modified) = key(record)
                guard let modified, !checkpoint.covers(id: id, modifiedAt: modified) else { return nil }
                return id
            })
    }

    @Test(
        "syncing assets, tickets and users since a checkpoint, with writes between checkpoints: nothing missed, nothing twice"
    )
    func syncSinceCheckpoint() async throws {
        try await withServer { server in
            let client = try server.client()
            let assetKey: (IIQAsset) -> (UUID, Date?) = { ($0.id.uuid, $0.modifiedDate) }
            let ticketKey: (IIQTicket) -> (UUID, Date?) = { ($0.id.uuid, $0.modifiedDate) }
            let userKey: (IIQUser) -> (UUID, Date?) = { ($0.id.uuid, $0.modifiedDate) }

            // The first sync reads everything, in small pages, once each.
            let allAssets = try await client.assets.search(IIQAssetQuery(pageSize: 1000)).all()
            let firstAssets = client.assets.changes(since: .beginning, pageSize: 37)
            let firstAssetIDs = try await Self.walk(firstAssets, assetKey)
            #expect(firstAssetIDs.count == allAssets.count && Set(firstAssetIDs) == Set(allAssets.map(\.id.uuid)))
            let firstTickets = client.tickets.changes(since: .beginning, pageSize: 9)
            let firstTicketIDs = try await Self.walk(firstTickets, ticketKey)
            #expect(Set(firstTicketIDs).count == firstTicketIDs.count && !firstTicketIDs.isEmpty)
            let firstUsers = client.users.changes(since: .beginning, pageSize: 101)
            let firstUserIDs = try await Self.walk(firstUsers, userKey)
            #expect(Set(firstUserIDs).count == firstUserIDs.count && !firstUserIDs.isEmpty)
            #expect(firstAssets.isComplete && firstTickets.isComplete && firstUsers.isComplete)

            // Writes between the checkpoints, on records found by listing.
            let assets = Array(allAssets.prefix(12))
            for asset in assets.prefix(6) {
                var update = IIQAssetUpdate()
                update.notes = "Inventoried"
                _ = try await client.assets.update(asset.id, with: update)
            }
            let grade = try #require(try await client.customFields.definitions(for: .asset)["Grade Level"])
            try await client.customFields.set(grade, to: "7", on: .asset(assets[10].id))
            let tickets = try await client.tickets.search(IIQTicketQuery(.all, pageSize: 20)).first(20)
            try await client.tickets.addComment("Checked in.", to: tickets[2].id)
            try await client.tickets.assign(
                tickets[5].id, to: .team(try await client.teams.lookup(named: "Tier 2").unique().id))
            let owner = try #require(assets[11].ownerID)
            let created = try await client.tickets.create(
                IIQNewTicket(
                    requestor: owner, location: try #require(assets[11].locationID),
                    issue: try await client.issues.lookup(named: "Won't Charge").unique().id, subject: "Dead battery"))
            let users = try await client.users.search(IIQUserQuery(pageSize: 10)).first(10)
            for user in users.prefix(3) {
                var update = IIQUserUpdate()
                update.grade = "10"
                _ = try await client.users.update(user.id, with: update)
            }

            // The second sync delivers exactly what was written, once each.
            let expectedAssets = Set((assets.prefix(6) + [assets[10]]).map(\.id.uuid))
            #expect(
                Self.notCovered(
                    by: firstAssets.checkpoint, in: try await client.assets.search(IIQAssetQuery(pageSize: 1000)).all(),
                    assetKey)
                    == expectedAssets)
            let secondAssets = client.assets.changes(since: firstAssets.checkpoint, pageSize: 2)
            let secondAssetIDs = try await Self.walk(secondAssets, assetKey)
            #expect(secondAssetIDs.count == expectedAssets.count, "nothing twice")
            #expect(Set(secondAssetIDs) == expectedAssets, "nothing missed")

            let expectedTickets: Set<UUID> = [tickets[2].id.uuid, tickets[5].id.uuid, created.id.uuid]
            #expect(
                Self.notCovered(by: firstTickets.checkpoint, in: try await client.tickets.search(.all).all(), ticketKey)
                    == expectedTickets)
            let secondTickets = client.tickets.changes(since: firstTickets.checkpoint, pageSize: 2)
            let secondTicketIDs = try await Self.walk(secondTickets, ticketKey)
            #expect(secondTicketIDs.count == expectedTickets.count && Set(secondTicketIDs) == expectedTickets)

            let expectedUsers = Set(users.prefix(3).map(\.id.uuid))
            let secondUsers = client.users.changes(since: firstUsers.checkpoint, pageSize: 2)
            let secondUserIDs = try await Self.walk(secondUsers, userKey)
            #expect(secondUserIDs.count == expectedUsers.count && Set(secondUserIDs) == expectedUsers)
            #expect(secondAssets.isComplete && secondTickets.isComplete && secondUsers.isComplete)
            #expect(secondAssets.checkpoint.modifiedDate > firstAssets.checkpoint.modifiedDate)

            // Nothing changed since: empty walks that keep their checkpoints.
            let thirdAssets = client.assets.changes(since: secondAssets.checkpoint)
            #expect(try await Self.walk(thirdAssets, assetKey).isEmpty)
            #expect(thirdAssets.checkpoint == secondAssets.checkpoint)
            let thirdTickets = client.tickets.changes(since: secondTickets.checkpoint)
            #expect(try await Self.walk(thirdTickets, ticketKey).isEmpty)
            let thirdUsers = client.users.changes(since: secondUsers.checkpoint)
            #expect(try await Self.walk(thirdUsers, userKey).isEmpty)
        }
    }
}
