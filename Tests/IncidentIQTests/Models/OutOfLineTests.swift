import Foundation
import Testing

@testable import IncidentIQ

@Suite("Nested models stored out of line")
struct OutOfLineTests {
    private func ticket() throws -> IIQTicket {
        let envelope = try IIQJSON.decode(ItemEnvelope<IIQTicket>.self, from: Fixture.data("ticket.json"))
        return try #require(envelope.item)
    }

    @Test("A ticket stays small: its nested models cost a pointer each")
    func size() {
        #expect(MemoryLayout<IIQTicket>.size < 1_200)
    }

    @Test("A copy is independent of the original")
    func copies() throws {
        let original = try ticket()
        let name = try #require(original.requestor?.name)
        var copy = original
        copy.requestor?.name = "Someone Else"
        copy.assignedToTeam = nil
        #expect(original.requestor?.name == name)
        #expect(original.assignedToTeam != nil)
        #expect(copy.requestor?.name == "Someone Else")
        #expect(copy != original)
        copy.requestor?.name = name
        copy.assignedToTeam = original.assignedToTeam
        #expect(copy == original)
        #expect(copy.hashValue == original.hashValue)
    }

    @Test("Encoding writes nested models under their keys and leaves nil ones out")
    func encoding() throws {
        var ticket = try ticket()
        ticket.locationRoom = nil
        let encoded = try IIQJSON.encoder.encode(ticket)
        let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect((object["For"] as? [String: Any])?["Name"] as? String == ticket.requestor?.name)
        #expect((object["AssignedToTeam"] as? [String: Any])?["TeamName"] as? String == "Tier 1")
        #expect(ticket.location == nil && object["Location"] == nil)
        #expect(object["LocationRoom"] == nil)
        #expect(try IIQJSON.decode(IIQTicket.self, from: encoded) == ticket)
    }

    @Test("Missing and null nested models decode as nil, with JSONDecoder too")
    func missingAndNull() throws {
        let json = Data(#"{"TicketId":"6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a60","Owner":null}"#.utf8)
        for ticket in [
            try IIQJSON.decode(IIQTicket.self, from: json), try JSONDecoder().decode(IIQTicket.self, from: json),
        ] {
            #expect(ticket.owner == nil)
            #expect(ticket.requestor == nil)
            #expect(ticket.location == nil)
        }
    }
}
