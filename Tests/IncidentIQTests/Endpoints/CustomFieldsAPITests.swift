import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Custom fields API")
struct CustomFieldsAPITests {
    static let assetID = IIQAsset.ID("6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a60")!
    static let ticketID = IIQTicket.ID("9933a6e3-d98b-4c5c-be04-043cf23e838e")!
    static let userID = IIQUser.ID("634d18fb-6c6e-44e6-a993-8444466910e2")!
    static let gradeType = IIQCustomFieldType.ID("e7c8b30d-d899-4193-a70b-21994d2a8089")!

    func client(_ responses: IIQHTTPResponse...) throws -> (IIQClient, MockTransport) {
        let mock = MockTransport(responses: responses)
        return (try Fixture.client(mock), mock)
    }

    @Test(
        "definitions post the entity's aggregate strategy and page with $s/$p",
        arguments: [
            (IIQCustomFieldEntity.asset, "AggregateAsset"), (.ticket, "AggregateTicket"), (.user, "AggregateUser"),
        ])
    func definitionsRequest(_ entity: IIQCustomFieldEntity, _ strategy: String) async throws {
        let (client, mock) = try client(.json(try Fixture.data("custom-fields-asset.json")))
        let fields = try await client.customFields.definitions(for: entity)
        #expect(fields.entity == entity)
        let request = try #require(mock.lastRequest)
        #expect(request.method == .post && request.path == "/api/v1.0/custom-fields")
        #expect(request.queryValue("$s") == "1000" && request.queryValue("$p") == "0")
        #expect(request.headers["Content-Type"]?.hasPrefix("application/json") == true)
        #expect(request.headers["Client"] == "ApiClient")
        #expect(try Fixture.jsonBody(request) as? [String: String] == ["SiteScope": "Aggregate", "Strategy": strategy])
    }

    @Test("definitions decode names, editors and options; unknown editor types and complex columns are kept")
    func definitionsDecoded() async throws {
        let (client, _) = try client(.json(try Fixture.data("custom-fields-asset.json")))
        let fields = try await client.customFields.definitions(for: .asset)
        #expect(fields.count == 2)
        let grade = try #require(fields["  grade level "])
        #expect(grade.id == IIQCustomField.ID("4112aa9a-db65-4e49-ad67-a5423010b344"))
        #expect(grade.valueKey == Self.gradeType)
        #expect(grade.editorType == .select)
        #expect(grade.choices == ["K", "1", "2", "3"])
        #expect(grade.filters?.count == 1)
        let device = try #require(fields["Google Device Data"])
        #expect(device.editorType?.rawValue == 117)
        #expect(device.editorType?.isKnown == false && device.editorType?.isComplex == true)
        #expect(device.type?.complexEditorColumns?.first?["Name"]?.stringValue == "LastSyncDate")
        // A field without CustomFieldId is skipped, not fatal: the rest of the page is kept.
        #expect(fields[IIQCustomFieldType.ID("11111111-2222-4333-8444-555555555555")!] == nil)
        #expect(fields[Self.gradeType]?.name == "Grade Level")
    }

    @Test("types and one type are read with GET and are safe to retry")
    func types() async throws {
        let type =
            ["CustomFieldTypeId": Self.gradeType.description, "Name": "Grade Level", "EditorType": 9] as [String: Any]
        let mock = MockTransport(responses: [
            .json("{}", status: 503), .listEnvelope(items: [type]), .json("{}", status: 503), .itemEnvelope(type),
        ])
        let clock = VirtualClock()
        let client = try Fixture.client(mock, retryPolicy: IIQRetryPolicy(maximumAttempts: 2), clock: clock)
        #expect(try await client.customFields.types().map(\.name) == ["Grade Level"])
        #expect(try await client.customFields.type(Self.gradeType).editorType == .select)
        #expect(mock.requests.map(\.method) == [.get, .get, .get, .get])
        #expect(mock.requests[0].path == "/api/v1.0/custom-fields/types")
        #expect(mock.requests[3].path == "/api/v1.0/custom-fields/types/\(Self.gradeType)")
    }

    @Test(
        "values(of:) reads one record's values, complex ones whole",
        arguments: [
            (IIQCustomFieldTarget.asset(assetID), "/api/v1.0/custom-fields/values/for/asset/\(assetID)"),
            (.ticket(ticketID), "/api/v1.0/custom-fields/values/for/ticket/\(ticketID)"),
            (.user(userID), "/api/v1.0/custom-fields/values/for/user/\(userID)"),
        ])
    func values(_ target: IIQCustomFieldTarget, _ path: String) async throws {
        let (client, mock) = try client(
            .listEnvelope(items: [
                ["CustomFieldTypeId": Self.gradeType.description, "Value": "7", "EditorTypeId": 9],
                [
                    "CustomFieldTypeId": "0c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5", "EditorTypeId": 117,
                    "Value": "[{\"LastSyncDate\":\"2026-07-01\"}]",
                    "ComplexValue": [["LastSyncDate": "2026-07-01", "Nested": ["A": 1]]],
                ],
            ]))
        let values = try await client.customFields.values(of: target)
        #expect(mock.lastRequest?.method == .get && mock.lastRequest?.path == path)
        #expect(values.first?.value == "7")
        #expect(values.last?.complexValue?.first?["Nested"]?["A"]?.numberValue == 1)
        #expect(values.last?.value == "[{\"LastSyncDate\":\"2026-07-01\"}]")
    }

    @Test("set on an asset reads tag and serial, then posts CustomFieldValues with UpdateCustomFields and ApiFlags")
    func setOnAsset() async throws {
        let (client, mock) = try client(
            .itemEnvelope(["AssetId": Self.assetID.description, "AssetTag": "LHS-9", "SerialNumber": "SN9"]),
            .itemEnvelope(["AssetId": Self.assetID.description]))
        var grade = IIQCustomField(id: IIQCustomField.ID(UUID()))
        grade.typeID = Self.gradeType
        try await client.customFields.set(grade, to: "8", on: .asset(Self.assetID))
        #expect(mock.requests.map(\.method) == [.get, .post])
        let request = try #require(mock.lastRequest)
        #expect(request.path == "/api/v1.0/assets/\(Self.assetID)")
        #expect(request.headers["ApiFlags"] == "OnlySetMappedProperties")
        let body = try Fixture.jsonBody(request)
        #expect(
            body.keys.sorted() == ["AssetId", "AssetTag", "CustomFieldValues", "SerialNumber", "UpdateCustomFields"])
        #expect(body["UpdateCustomFields"] as? Bool == true)
        let value = try #require((body["CustomFieldValues"] as? [[String: Any]])?.first)
        #expect(value["CustomFieldTypeId"] as? String == Self.gradeType.description)
        #expect(value["AssetId"] as? String == Self.assetID.description)
        #expect(value["Value"] as? String == "8")
    }

    @Test("set on a ticket posts the values as an array to /tickets/{id}/custom-fields")
    func setOnTicket() async throws {
        let (client, mock) = try client(.actionEnvelope())
        let complex: [IIQJSONValue] = [.object(["Room": .string("12B")])]
        try await client.customFields.set(
            [IIQCustomFieldValue(typeID: Self.gradeType, text: nil, complexValue: complex)], on: .ticket(Self.ticketID))
        let request = try #require(mock.lastRequest)
        #expect(request.method == .post && request.path == "/api/v1.0/tickets/\(Self.ticketID)/custom-fields")
        let body = try #require(request.body)
        let array = try #require(try JSONSerialization.jsonObject(with: body) as? [[String: Any]])
        #expect(array.count == 1)
        #expect(array[0]["TicketId"] as? String == Self.ticketID.description)
        #expect((array[0]["ComplexValue"] as? [[String: Any]])?.first?["Room"] as? String == "12B")
    }

    @Test("set on a user posts CustomFieldValues with UpdateCustomFields to /users/{id}")
    func setOnUser() async throws {
        let (client, mock) = try client(.itemEnvelope(["UserId": Self.userID.description]))
        try await client.customFields.set(
            [IIQCustomFieldValue(typeID: Self.gradeType, text: "L-12")], on: .user(Self.userID))
        let request = try #require(mock.lastRequest)
        #expect(request.method == .post && request.path == "/api/v1.0/users/\(Self.userID)")
        let body = try Fixture.jsonBody(request)
        #expect(body.keys.sorted() == ["CustomFieldValues", "UpdateCustomFields", "UserId"])
        #expect((body["CustomFieldValues"] as? [[String: Any]])?.first?["UserId"] as? String == Self.userID.description)
    }

    @Test("Writes are sent once, even under a retry policy; reads are retried")
    func writesAreNotRetried() async throws {
        let mock = MockTransport(responses: [.json("{}", status: 503), .actionEnvelope()])
        let client = try Fixture.client(mock, retryPolicy: IIQRetryPolicy(maximumAttempts: 3), clock: VirtualClock())
        let error = await captureError {
            try await client.customFields.set(
                [IIQCustomFieldValue(typeID: Self.gradeType, text: "1")], on: .ticket(Self.ticketID))
        }
        #expect(error != nil)
        #expect(mock.requestCount == 1)
    }

    @Test("Empty values and values without a type are refused before sending")
    func badValues() async throws {
        let (client, mock) = try client()
        let empty = await captureError { try await client.customFields.set([], on: .asset(Self.assetID)) }
        let untyped = await captureError {
            try await client.customFields.set([IIQCustomFieldValue()], on: .user(Self.userID))
        }
        guard case .invalidArgument? = empty, case .invalidArgument? = untyped else {
            Issue.record("got \(String(describing: empty)), \(String(describing: untyped))")
            return
        }
        #expect(mock.requestCount == 0)
    }

    @Test("A record's values resolve by name; values of types the definitions lack are kept")
    func resolution() throws {
        var grade = IIQCustomField(id: IIQCustomField.ID(UUID()))
        grade.typeID = Self.gradeType
        var type = IIQCustomFieldType(id: Self.gradeType)
        type.name = "Grade Level"
        type.editorType = .select
        grade.type = type
        let definitions = IIQCustomFieldDefinitions(entity: .asset, fields: [grade])
        var asset = IIQAsset(id: Self.assetID)
        let stranger = IIQCustomFieldType.ID(UUID())
        asset.customFieldValues = [
            IIQCustomFieldValue(typeID: Self.gradeType, text: "7"),
            IIQCustomFieldValue(typeID: stranger, text: nil, complexValue: [.array([.number(1)])]),
        ]
        let fields = asset.customFields(using: definitions)
        #expect(fields["GRADE LEVEL"]?.text == "7")
        #expect(fields[grade]?.editorType == .select)
        #expect(fields.count == 2)
        #expect(fields.unmatched.map(\.typeID) == [stranger])
        #expect(fields[stranger]?.complexValue == [.array([.number(1)])])
        #expect(fields["Missing"] == nil)
    }

    @Test("Options are read as a JSON array of strings or objects, or one per line")
    func choices() {
        var type = IIQCustomFieldType(id: IIQCustomFieldType.ID(UUID()))
        type.options = #"[{"Name":"Route 1"},{"Value":"Route 2"}]"#
        #expect(type.choices == ["Route 1", "Route 2"])
        type.options = "Route 1\r\n Route 2 \n\n"
        #expect(type.choices == ["Route 1", "Route 2"])
        type.options = nil
        #expect(type.choices.isEmpty)
    }
}
