import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

@Suite("Sandbox: custom fields and text search end to end")
struct SandboxCustomFieldsTests {
    let sandbox = IIQSandbox()

    @Test("Read an asset's custom field by name, write it back, read it again")
    func assetRoundTrip() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        let fields = try await client.customFields.definitions(for: .asset)
        let grade = try #require(fields["Grade Level"])
        #expect(grade.editorType == .select)
        #expect(grade.choices.first == "K" && grade.choices.count == 13)

        let assets = try await client.assets.search(IIQAssetQuery(filters: [.status(named: "Assigned")])).first(50)
        let asset = try #require(assets.first { $0.customFields(using: fields)["Grade Level"] != nil })
        let before = try #require(asset.customFields(using: fields)["Grade Level"]?.text)
        let after = before == "12" ? "11" : "12"

        try await client.customFields.set(grade, to: after, on: .asset(asset.id))

        let reread = try await client.assets.get(asset.id)
        #expect(reread.customFields(using: fields)["grade level"]?.text == after)
        #expect(reread.serialNumber == asset.serialNumber)
        #expect((reread.modifiedDate ?? .distantPast) > (asset.modifiedDate ?? .distantPast))
        let values = try await client.customFields.values(of: .asset(asset.id))
        #expect(fields.resolve(values)["Grade Level"]?.text == after)
        // The other fields kept their values.
        #expect(reread.customFieldValues?.count == asset.customFieldValues?.count)
    }

    @Test("An editor type the SDK does not know and its complex value are kept")
    func complexValues() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        let fields = try await client.customFields.definitions(for: .asset)
        let device = try #require(fields["Device Data"])
        #expect(device.editorType?.isKnown == false && device.editorType?.isComplex == true)
        let asset = try #require(
            try await client.assets.search().first(200).first { $0.customFields(using: fields)[device] != nil })
        let entry = try #require(asset.customFields(using: fields)["Device Data"])
        #expect(entry.editorType?.rawValue == 101)
        #expect(entry.complexValue?.first?["OsVersion"]?.stringValue == "126.0.6478")
        #expect(entry.text?.hasPrefix("[{") == true)

        let replacement: [IIQJSONValue] = [
            .object(["OsVersion": .string("127.0.1"), "RecentUserEmail": .string("a@b.c")])
        ]
        try await client.customFields.set(
            [IIQCustomFieldValue(typeID: try #require(device.valueKey), text: nil, complexValue: replacement)],
            on: .asset(asset.id))
        let values = try await client.customFields.values(of: .asset(asset.id))
        #expect(fields.resolve(values)[device]?.complexValue?.first?["OsVersion"]?.stringValue == "127.0.1")
    }

    @Test("Ticket and user fields are written and read back by name")
    func ticketsAndUsers() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        let ticketFields = try await client.customFields.definitions(for: .ticket)
        #expect(ticketFields.map(\.name) == ["Room Number", "Callback Phone"])
        let ticket = try #require(try await client.tickets.search().first(1).first)
        try await client.customFields.set(
            try #require(ticketFields["Callback Phone"]), to: "555-0142", on: .ticket(ticket.id))
        let reread = try await client.tickets.get(ticket.id)
        #expect(reread.customFields(using: ticketFields)["Callback Phone"]?.text == "555-0142")
        #expect((reread.modifiedDate ?? .distantPast) >= (ticket.modifiedDate ?? .distantPast))

        let userFields = try await client.customFields.definitions(for: .user)
        let route = try #require(userFields["Bus Route"])
        #expect(route.choices == ["Route 1", "Route 2", "Route 3", "Route 4"])
        let user = try #require(
            try await client.users.search(filters: [IIQFilter(facet: "role", value: "Student")]).first(1).first)
        #expect(user.customFields(using: userFields)["Locker Number"]?.text?.hasPrefix("L-") == true)
        try await client.customFields.set(route, to: "Route 2", on: .user(user.id))
        #expect(try await client.users.get(user.id).customFields(using: userFields)["Bus Route"]?.text == "Route 2")
        #expect(try await client.customFields.types().count == 8)
        #expect(try await client.customFields.type(try #require(route.valueKey)).name == "Bus Route")
    }

    @Test("A read-only token cannot write custom fields")
    func readOnly() async throws {
        let client = try Fixture.client(sandbox: sandbox, scopes: IIQSandboxScope.readOnly)
        let fields = try await client.customFields.definitions(for: .ticket)
        let ticket = try #require(try await client.tickets.search().first(1).first)
        let error = await captureError {
            try await client.customFields.set(try #require(fields["Room Number"]), to: "12", on: .ticket(ticket.id))
        }
        guard case .forbidden? = error else {
            Issue.record("got \(String(describing: error))")
            return
        }
    }

    @Test("Text search finds assets by serial, tag or manufacturer, and users by name")
    func textSearch() async throws {
        let client = try Fixture.client(sandbox: sandbox)
        let asset = try #require(try await client.assets.search().first(30).last)
        let serial = try #require(asset.serialNumber)
        let bySerial = try await client.assets.search(text: String(serial.prefix(7)).lowercased(), pageSize: 5).all()
        #expect(bySerial.contains { $0.id == asset.id })
        let dell = try await client.assets.search(text: "dell", in: [.manufacturer], pageSize: 50).all()
        #expect(!dell.isEmpty && dell.allSatisfy { $0.model?.manufacturer?.name == "Dell" })
        #expect(try await client.assets.search(text: "dell", in: [.serial]).all().isEmpty)

        let user = try #require(
            try await client.users.search(filters: [IIQFilter(facet: "role", value: "Student")]).first(1).first)
        let lastName = try #require(user.lastName)
        let matches = try await client.users.search(text: lastName.uppercased(), pageSize: 7).all()
        let match = try #require(matches.first { $0.id == user.id })
        #expect(match.name == user.name)
        #expect(match.item?.email == user.email)
        #expect(matches.allSatisfy { ($0.name ?? "").localizedCaseInsensitiveContains(lastName) || $0.item != nil })
    }
}
