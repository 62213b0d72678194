import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Users API")
struct UsersAPITests {
    static let userID = IIQUser.ID("3f2504e0-4f89-11d3-9a0c-0305e82c3301")!
    static let role = IIQRole.ID("12121212-1111-4111-8111-121212121212")!
    static let location = IIQLocation.ID("1a2b3c4d-5555-4a4a-cccc-eeeeeeeeeeee")!

    @Test("search and agents post GetUsersRequestV1")
    func search() async throws {
        let mock = MockTransport(responses: [.json(try Fixture.data("user-page.json")), .listEnvelope(items: [])])
        let client = try Fixture.client(mock)
        let users = try await client.users.search(filters: [.role(Self.role)], sort: .ascending("FullName")).all()
        #expect(users.first?.firstName == "Maya")
        _ = try await client.users.agents(IIQUserQuery(excludesNoAccess: true)).all()
        #expect(mock.requests.map(\.path) == ["/api/v1.0/users", "/api/v1.0/users/agents"])
        #expect(mock.requests[0].queryValue("$o") == "FullName")
        #expect(
            (try Fixture.jsonBody(mock.requests[0])["Filters"] as? [[String: Any]])?.first?["Facet"] as? String
                == "role")
        #expect(try Fixture.jsonBody(mock.requests[1])["ExcludeNoAccess"] as? Bool == true)
    }

    @Test("A partial update sends only the fields set: no nulls that wipe others")
    func update() async throws {
        let mock = MockTransport(responses: [.itemEnvelope(["UserId": Self.userID.description, "Grade": "08"])])
        let client = try Fixture.client(mock)
        var change = IIQUserUpdate()
        change.grade = "08"
        let user = try await client.users.update(Self.userID, with: change)
        #expect(user.grade == "08")
        let request = try #require(mock.lastRequest)
        #expect(request.method == .post && request.path == "/api/v1.0/users/\(Self.userID)")
        #expect(
            try Fixture.jsonBody(request) as? [String: String] == ["Grade": "08", "UserId": Self.userID.description])
        #expect(String(decoding: request.body ?? Data(), as: UTF8.self).contains("null") == false)
    }

    @Test("get, createLocalUser, delete, undelete")
    func others() async throws {
        let item = IIQHTTPResponse.itemEnvelope(["UserId": Self.userID.description, "FirstName": "Sam"])
        let mock = MockTransport(responses: [item, item, .actionEnvelope(), .actionEnvelope()])
        let client = try Fixture.client(mock)
        #expect(try await client.users.get(Self.userID).firstName == "Sam")
        let new = IIQNewUser(
            firstName: "Sam", lastName: "Lee", role: Self.role, location: Self.location, password: "s3cret!")
        #expect(try await client.users.createLocalUser(new).id == Self.userID)
        try await client.users.delete(Self.userID)
        try await client.users.undelete(Self.userID)
        #expect(
            mock.requests.map { "\($0.method) \($0.path)" } == [
                "GET /api/v1.0/users/\(Self.userID)", "POST /api/v1.0/users/local/new",
                "DELETE /api/v1.0/users/\(Self.userID)", "PUT /api/v1.0/users/\(Self.userID)/undelete",
            ])
        let body = try Fixture.jsonBody(mock.requests[1])
        #expect(body["FirstName"] as? String == "Sam" && body["RoleId"] as? String == Self.role.description)
        #expect(!String(describing: new).contains("s3cret!"))
    }

    @Test("A local user needs names, a role and a location")
    func createValidation() async throws {
        let mock = MockTransport()
        let client = try Fixture.client(mock)
        let error = await captureError {
            try await client.users.createLocalUser(
                IIQNewUser(firstName: "", lastName: "Lee", role: Self.role, location: Self.location))
        }
        guard case .invalidArgument(let issue)? = error?.detail else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(issue.argument == "firstName")
        #expect(mock.requestCount == 0)
    }
}

@Suite("Locations API")
struct LocationsAPITests {
    @Test("all pages through /locations/all; get and rooms")
    func reads() async throws {
        let id = IIQLocation.ID("1a2b3c4d-5555-4a4a-cccc-eeeeeeeeeeee")!
        let mock = MockTransport(responses: [
            .json(try Fixture.data("locations-page.json")),
            .itemEnvelope(["LocationId": id.description, "Name": "Lincoln High School"]),
            .listEnvelope(items: [
                ["LocationRoomId": UUID().uuidString, "Name": "Room 204", "LocationId": id.description]
            ]),
        ])
        let client = try Fixture.client(mock)
        let locations = try await client.locations.all().all()
        #expect(locations.map(\.name) == ["Lincoln High School", "Washington Elementary"])
        #expect(locations.first?.address?.city == "Springfield")
        #expect(locations.first?.locationType?.name == "School")
        #expect(try await client.locations.get(id).name == "Lincoln High School")
        #expect(try await client.locations.rooms(in: id).first?.name == "Room 204")
        #expect(
            mock.requests.map { "\($0.method) \($0.path)" } == [
                "GET /api/v1.0/locations/all", "GET /api/v1.0/locations/\(id)", "GET /api/v1.0/locations/\(id)/rooms",
            ])
        #expect(mock.requests[0].queryValue("$s") == "100")
    }

    @Test(
        "first(named:) turns a school's name or abbreviation into its id",
        arguments: ["washington elementary", " WES "])
    func byName(_ name: String) async throws {
        let mock = MockTransport { _ in .json(try Fixture.data("locations-page.json")) }
        let client = try Fixture.client(mock)
        let school = try await client.locations.first(named: name)
        #expect(school?.id == IIQLocation.ID("2b3c4d5e-6666-4b4b-dddd-ffffffffffff"))
        #expect(try await client.locations.first(named: "Nowhere") == nil)
    }
}
