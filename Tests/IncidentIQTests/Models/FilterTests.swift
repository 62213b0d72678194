import Foundation
import Testing

@testable import IncidentIQ

@Suite("Filters")
struct FilterTests {
    static let id = UUID(uuid: (0xAB, 0xCD, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, 0, 1))

    func json(_ filter: IIQFilter) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: IIQJSON.encoder.encode(filter)) as? [String: Any])
    }

    @Test(
        "Each facet writes IIQ's FilterMatch",
        arguments: [
            (IIQFilter.location(.init(id)), "location"), (.assetType(.init(id)), "assettype"),
            (.asset(.init(id)), "asset"),
            (.requestor(.init(id)), "user"), (.agent(.init(id)), "agent"), (.team(.init(id)), "team"),
            (.tag(.init(id)), "tag"), (.role(.init(id)), "role"), (.status(.init(id)), "status"),
            (.model(.init(id)), "model"), (.manufacturer(.init(id)), "manufacturer"),
            (.issueCategory(.init(id)), "issuecategory"),
        ])
    func idFacets(_ filter: IIQFilter, _ facet: String) throws {
        let object = try json(filter)
        #expect(object["Facet"] as? String == facet)
        #expect(object["Id"] as? String == "abcd0000-0000-4000-8000-000000000001")
        #expect(object["Negative"] as? Bool == false)
        #expect(object["GroupIndex"] as? Int == 0)
        #expect(object["Value"] == nil)
    }

    @Test("Ticket states use IIQ's GUIDs")
    func ticketState() throws {
        #expect(try json(.ticketState(.open))["Id"] as? String == "00000000-0000-0000-0000-000000000000")
        #expect(try json(.ticketState(.closed))["Id"] as? String == "11111111-1111-1111-1111-111111111111")
        #expect(try json(.ticketState(.open))["Facet"] as? String == "ticketstate")
    }

    @Test("Value facets, view selection, negation and groups")
    func valuesAndModifiers() throws {
        let number = try json(.ticketNumber(39181))
        #expect(
            number["Facet"] as? String == "ticketnumber" && number["Value"] as? String == "39181" && number["Id"] == nil
        )
        #expect(try json(.status(named: "Available"))["Value"] as? String == "Available")
        #expect(try json(.view(.init(Self.id)))["Selected"] as? Bool == true)
        let negated = try json(.agent(.init(Self.id)).negated().inGroup(2))
        #expect(negated["Negative"] as? Bool == true && negated["GroupIndex"] as? Int == 2)
        let raw = try json(IIQFilter(facet: "hasassigneddevice", isSelected: true))
        #expect(raw["Facet"] as? String == "hasassigneddevice" && raw["Selected"] as? Bool == true)
    }

    @Test("Date ranges use daterange:MM/DD/YYYY-MM/DD/YYYY")
    func dateRanges() throws {
        let start = try #require(ModelDecodingTests.utc("2026-01-05T10:00:00"))
        let end = try #require(ModelDecodingTests.utc("2026-11-21T23:59:59"))
        #expect(try json(.created(from: start, through: end))["Value"] as? String == "daterange:01/05/2026-11/21/2026")
        #expect(try json(.modified(from: end, through: start))["Facet"] as? String == "modifieddate")
        #expect(try json(.modified(from: end, through: start))["Value"] as? String == "daterange:01/05/2026-11/21/2026")
        #expect(try json(.created(since: start))["Value"] as? String == "date>=01/05/2026")
        let chicago = try #require(TimeZone(identifier: "America/Chicago"))
        let lateUTC = try #require(ModelDecodingTests.utc("2026-03-02T03:00:00"))
        #expect(try json(.created(since: lateUTC, in: chicago))["Value"] as? String == "date>=03/01/2026")
    }
}
