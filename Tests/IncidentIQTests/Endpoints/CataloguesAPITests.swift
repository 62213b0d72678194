import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

/// Ids the catalogue tests share.
private enum IDs {
    static let issue = "aaaaaaaa-1111-4111-8111-111111111111"
    static let issue2 = "aaaaaaaa-2222-4222-8222-222222222222"
    static let type = "bbbbbbbb-1111-4111-8111-111111111111"
    static let type2 = "bbbbbbbb-2222-4222-8222-222222222222"
    static let category = "cccccccc-1111-4111-8111-111111111111"
    static let team = "dddddddd-1111-4111-8111-111111111111"
    static let user = "eeeeeeee-1111-4111-8111-111111111111"
    static let other = "ffffffff-1111-4111-8111-111111111111"
}

@Suite("Issues API")
struct IssuesAPITests {
    @Test("all(product:) posts a GetIssuesRequest scoped to the product, and decodes the issues")
    func all() async throws {
        let mock = MockTransport(responses: [
            .listEnvelope(
                items: [
                    [
                        "IssueId": IDs.issue, "Name": "Broken Screen", "IssueCategoryId": IDs.category,
                        "IssueCategoryName": "Chromebook", "IssueTypeId": IDs.type,
                        "ProductId": IIQProduct.ticketing.headerValue,
                        "SortOrder": 1, "Unknown": ["kept": "out"],
                    ]
                ], pageSize: 500)
        ])
        let client = try Fixture.client(mock)
        let issues = try await client.issues.all(product: .ticketing).all()
        #expect(issues.map(\.name) == ["Broken Screen"])
        #expect(issues.first?.issueCategoryName == "Chromebook")
        #expect(issues.first?.issueTypeID?.description == IDs.type)
        #expect(
            issues.first?.unknownFields["Unknown"] == .object(["kept": .string("out")]), "a key the model lacks is kept"
        )
        let request = try #require(mock.lastRequest)
        #expect(request.method == .post && request.path == "/api/v1.0/issues")
        #expect(request.queryValue("$s") == "500" && request.queryValue("$p") == "0")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.headers["Authorization"]?.hasPrefix("Bearer ") == true)
        let body = try Fixture.jsonBody(request)
        #expect(body["SiteScope"] as? String == "Aggregate" && body["Strategy"] as? String == "All")
        #expect(body["ProductId"] as? String == IIQProduct.ticketing.headerValue)
        #expect(body["ApplyProductIdFilter"] as? Bool == true)
        #expect(body["IssueCategoryIds"] == nil && body["IssueTypeIds"] == nil)
    }

    @Test("all() without a product sends no product filter; all(in:ofType:) sends the branch")
    func branch() async throws {
        let mock = MockTransport { _ in .listEnvelope(items: []) }
        let client = try Fixture.client(mock)
        _ = try await client.issues.all().all()
        let unscoped = try Fixture.jsonBody(mock.requests[0])
        #expect(unscoped["ProductId"] == nil && unscoped["ApplyProductIdFilter"] == nil)
        let category = try #require(IIQIssueCategory.ID(IDs.category))
        let type = try #require(IIQIssueType.ID(IDs.type))
        _ = try await client.issues.all(in: category, ofType: type).all()
        let body = try Fixture.jsonBody(mock.requests[1])
        #expect(body["IssueCategoryIds"] as? [String] == [IDs.category])
        #expect(body["IssueTypeIds"] as? [String] == [IDs.type])
    }

    @Test("get, types, a type, categories and a category: method, path, body and values")
    func reads() async throws {
        let mock = MockTransport(responses: [
            .itemEnvelope(["IssueId": IDs.issue, "Name": "Broken Screen", "WorkflowId": IDs.other]),
            .listEnvelope(items: [["IssueTypeId": IDs.type, "Name": "Hardware", "Scope": "Global"]], paging: false),
            .itemEnvelope(["IssueTypeId": IDs.type, "Name": "Hardware"]),
            .listEnvelope(
                items: [["CategoryId": IDs.category, "Name": "Chromebook", "Level": 1, "ParentCategoryId": IDs.other]],
                paging: false),
            .itemEnvelope(["CategoryId": IDs.category, "Name": "Chromebook", "Icon": "laptop"]),
        ])
        let client = try Fixture.client(mock)
        let issueID = try #require(IIQIssue.ID(IDs.issue))
        let typeID = try #require(IIQIssueType.ID(IDs.type))
        let categoryID = try #require(IIQIssueCategory.ID(IDs.category))
        #expect(try await client.issues.get(issueID).name == "Broken Screen")
        let types = try await client.issues.types.all()
        #expect(types.map(\.name) == ["Hardware"] && types.first?.scope == .global)
        #expect(try await client.issues.types.get(typeID).id == typeID)
        let categories = try await client.issues.categories.all()
        #expect(categories.first?.level == 1 && categories.first?.parentCategoryID?.description == IDs.other)
        #expect(try await client.issues.categories.get(categoryID).icon == "laptop")
        #expect(
            mock.requests.map { "\($0.method) \($0.path)" } == [
                "GET /api/v1.0/issues/\(IDs.issue)", "POST /api/v1.0/issues/types",
                "GET /api/v1.0/issues/types/\(IDs.type)",
                "GET /api/v1.0/categories/of/issues", "GET /api/v1.0/categories/\(IDs.category)",
            ])
        let body = try Fixture.jsonBody(mock.requests[1])
        #expect(body["SiteScope"] as? String == "Aggregate" && body["ApplySiteVisibility"] as? Bool == true)
        #expect(body["IgnoreSiteIdFilter"] as? Bool == false && body["IgnoreProductIdFilter"] as? Bool == false)
    }

    @Test("types(in:) reads a category's issues for their types, in order, keeping a type the catalogue lacks")
    func typesInCategory() async throws {
        let mock = MockTransport(responses: [
            .listEnvelope(
                items: [
                    ["IssueId": IDs.issue, "Name": "Broken Screen", "IssueTypeId": IDs.type2],
                    ["IssueId": IDs.issue2, "Name": "Won't Charge", "IssueTypeId": IDs.type],
                    ["IssueId": IDs.other, "Name": "Cracked Case", "IssueTypeId": IDs.type2],
                ], pageSize: 500),
            .listEnvelope(items: [["IssueTypeId": IDs.type, "Name": "Power"]], paging: false),
        ])
        let client = try Fixture.client(mock)
        let types = try await client.issues.types.all(in: try #require(IIQIssueCategory.ID(IDs.category)))
        #expect(types.map(\.id.description) == [IDs.type2, IDs.type])
        #expect(types.map(\.name) == [nil, "Power"])
        #expect(try Fixture.jsonBody(mock.requests[0])["IssueCategoryIds"] as? [String] == [IDs.category])
        #expect(mock.requests[1].path == "/api/v1.0/issues/types")
    }

    @Test("lookup(named:) finds every issue with the name, ignoring case and spaces; a miss lists the closest names")
    func lookup() async throws {
        let page = IIQHTTPResponse.listEnvelope(
            items: [
                ["IssueId": IDs.issue, "Name": "Broken Screen", "IssueCategoryName": "Chromebook"],
                ["IssueId": IDs.issue2, "Name": "Won't Charge"],
                ["IssueId": IDs.other, "Name": "broken screen ", "IssueCategoryName": "iPad"],
            ], pageSize: 500)
        let mock = MockTransport { _ in page }
        let client = try Fixture.client(mock)
        let found = try await client.issues.lookup(named: "  BROKEN SCREEN")
        #expect(found.matches.map(\.issueCategoryName) == ["Chromebook", "iPad"])
        #expect(found.isAmbiguous && found.closestNames.isEmpty)
        let ambiguous = await captureError { try found.unique() }
        guard let issue = ambiguous?.argumentIssue else {
            Issue.record("got \(String(describing: ambiguous))")
            return
        }
        #expect(issue.operation == "issues.lookup" && issue.reason.contains("2 issue entries"))

        let miss = try await client.issues.lookup(named: "Brokn Screen")
        #expect(miss.first == nil)
        #expect(miss.closestNames == ["Broken Screen", "Won't Charge"])
        let error = await captureError { try miss.unique() }
        #expect(String(describing: error).contains("Closest: \"Broken Screen\""))
        #expect(try await client.issues.first(named: "won't charge")?.id.description == IDs.issue2)
        #expect(try await client.issues.first(named: "Nothing") == nil)
    }

    @Test("catalogue reads are retry-safe: a POST read is sent again after a 503")
    func retrySafe() async throws {
        let mock = MockTransport(responses: [
            .json(object: ["Message": "busy"], status: 503),
            .listEnvelope(items: [["IssueTypeId": IDs.type, "Name": "Hardware"]], paging: false),
        ])
        let client = try Fixture.client(mock, retryPolicy: IIQRetryPolicy(maximumAttempts: 3))
        #expect(try await client.issues.types.all().count == 1)
        #expect(mock.requests.map(\.path) == ["/api/v1.0/issues/types", "/api/v1.0/issues/types"])
        #expect(mock.requests[1].body == mock.requests[0].body)
    }
}

@Suite("Teams API")
struct TeamsAPITests {
    @Test("all pages through /teams/all; get, members and the teams of a user")
    func reads() async throws {
        let teamID = try #require(IIQTeam.ID(IDs.team))
        let userID = try #require(IIQUser.ID(IDs.user))
        let mock = MockTransport(responses: [
            .listEnvelope(
                items: [["TeamId": IDs.team, "TeamName": "Tier 1", "MembersCount": 2, "MemberIds": [IDs.user]]],
                pageSize: 500),
            .itemEnvelope(["TeamId": IDs.team, "TeamName": "Tier 1", "Tickets": 4]),
            .listEnvelope(
                items: [["UserId": IDs.user, "TeamId": IDs.team, "UserName": "Maya Lopez", "Role": "Lead"]],
                paging: false),
            .listEnvelope(items: [["TeamId": IDs.team, "TeamName": "Tier 1"]], paging: false),
        ])
        let client = try Fixture.client(mock)
        let teams = try await client.teams.all().all()
        #expect(teams.first?.teamName == "Tier 1" && teams.first?.memberIDs == [userID])
        #expect(try await client.teams.get(teamID).tickets == 4)
        let members = try await client.teams.members(of: teamID)
        #expect(members.first?.id == userID && members.first?.teamID == teamID)
        #expect(members.first?.displayName == "Maya Lopez")
        #expect(members.first?.unknownFields.names == ["Role"])
        #expect(try await client.teams.containing(member: userID).map(\.id) == [teamID])
        #expect(
            mock.requests.map { "\($0.method) \($0.path)" } == [
                "GET /api/v1.0/teams/all", "GET /api/v1.0/teams/\(IDs.team)", "GET /api/v1.0/teams/\(IDs.team)/members",
                "GET /api/v1.0/teams/for/\(IDs.user)",
            ])
        #expect(mock.requests[0].queryValue("$s") == "500" && mock.requests[0].body == nil)
    }

    @Test("a team found by name is assigned a ticket in two calls", arguments: ["tier 1", " Tier 1 "])
    func assignByName(_ name: String) async throws {
        let ticket = try #require(IIQTicket.ID(IDs.other))
        let mock = MockTransport(responses: [
            .listEnvelope(
                items: [["TeamId": IDs.user, "TeamName": "Tier 2"], ["TeamId": IDs.team, "TeamName": "Tier 1"]],
                pageSize: 500),
            .actionEnvelope(),
        ])
        let client = try Fixture.client(mock)
        let team = try await client.teams.lookup(named: name).unique()
        try await client.tickets.assign(ticket, to: .team(team.id))
        #expect(try Fixture.jsonBody(mock.lastRequest)["AssignToTeamId"] as? String == IDs.team)
    }

    @Test("a misspelt team name lists the closest names, best first")
    func closest() async throws {
        let mock = MockTransport { _ in
            .listEnvelope(
                items: [
                    ["TeamId": IDs.team, "TeamName": "Tier 1"], ["TeamId": IDs.user, "TeamName": "Tier 2"],
                    ["TeamId": IDs.other, "TeamName": "Field Techs"],
                ], pageSize: 500)
        }
        let client = try Fixture.client(mock)
        let miss = try await client.teams.lookup(named: "Teir 1")
        #expect(miss.matches.isEmpty)
        #expect(miss.closestNames == ["Tier 1", "Tier 2", "Field Techs"])
        #expect(try await client.teams.first(named: "field techs")?.id.description == IDs.other)
    }
}

@Suite("Catalogue APIs")
struct CatalogueAPIsTests {
    /// One list route: what the call sends, and the names it decodes.
    struct ListCase: CustomTestStringConvertible, Sendable {
        var label: String
        var method: IIQHTTPMethod
        var path: String
        var item: [String: String]
        var call: @Sendable (IIQClient) async throws -> [String?]
        var testDescription: String { label }
    }

    static let lists: [ListCase] = [
        ListCase(label: "roles", method: .get, path: "/sites/roles", item: ["RoleId": IDs.other, "Name": "Student"]) {
            try await $0.roles.all().map(\.name)
        },
        ListCase(
            label: "user views", method: .get, path: "/users/views",
            item: ["ViewId": IDs.other, "Name": "All Students"]
        ) {
            try await $0.views.all(.users).map(\.name)
        },
        ListCase(
            label: "ticket views", method: .get, path: "/tickets/views", item: ["ViewId": IDs.other, "Name": "Mine"]
        ) {
            try await $0.views.all(.tickets).map(\.name)
        },
        ListCase(
            label: "asset views", method: .get, path: "/assets/views", item: ["ViewId": IDs.other, "Name": "Carts"]
        ) {
            try await $0.views.all(.assets).map(\.name)
        },
        ListCase(
            label: "tags", method: .post, path: "/tags/query", item: ["TagId": IDs.other, "Name": "Loaner Issued"]
        ) {
            try await $0.tags.all().map(\.name)
        },
        ListCase(
            label: "models", method: .get, path: "/models/all", item: ["ModelId": IDs.other, "Name": "Chromebook 3110"]
        ) {
            try await $0.assetModels.all().map(\.name)
        },
        ListCase(
            label: "manufacturers", method: .get, path: "/manufacturers/global",
            item: ["ManufacturerId": IDs.other, "Name": "Dell"]
        ) { try await $0.manufacturers.all().map(\.name) },
        ListCase(
            label: "asset types", method: .get, path: "/assets/types",
            item: ["AssetTypeId": IDs.other, "Name": "Devices"]
        ) {
            try await $0.assetTypes.all().map(\.name)
        },
        ListCase(
            label: "workflows", method: .get, path: "/workflows",
            item: ["WorkflowId": IDs.other, "Name": "IT Help Desk"]
        ) {
            try await $0.workflows.all().map(\.name)
        },
        ListCase(
            label: "workflow statuses", method: .get, path: "/tickets/\(IDs.other)/statuses",
            item: ["WorkflowStepId": IDs.user, "StatusName": "Resolved"]
        ) { try await $0.workflows.statuses(of: try #require(IIQWorkflow.ID(IDs.other))).map(\.statusName) },
    ]

    @Test("each listing: method, path, no paging, headers and decoded names", arguments: lists)
    func listing(_ list: ListCase) async throws {
        let mock = MockTransport { _ in .listEnvelope(items: [list.item], paging: false) }
        let client = try Fixture.client(mock)
        let names = try await list.call(client)
        #expect(names == [list.item["Name"] ?? list.item["StatusName"]])
        let request = try #require(mock.lastRequest)
        #expect(request.method == list.method && request.path == "/api/v1.0" + list.path)
        #expect(request.queryValue("$s") == nil)
        #expect(request.headers["SiteId"] == Fixture.siteID)
        if list.method == .post { #expect(try Fixture.jsonBody(request).isEmpty) }
    }

    @Test("each get(id) reads /{entity}/{id} and decodes the item")
    func gets() async throws {
        let id = IDs.other
        let mock = MockTransport { request in
            let key = ["views": "ViewId", "tags": "TagId", "models": "ModelId", "manufacturers": "ManufacturerId"]
            let segments = request.path.split(separator: "/").map(String.init)
            let entity = segments.count > 3 && segments[2] == "assets" ? "AssetTypeId" : key[segments[2]] ?? "?"
            return .itemEnvelope([entity: id, "Name": "Named"])
        }
        let client = try Fixture.client(mock)
        #expect(try await client.views.get(try #require(IIQView.ID(id))).name == "Named")
        #expect(try await client.tags.get(try #require(IIQTag.ID(id))).name == "Named")
        #expect(try await client.assetModels.get(try #require(IIQAssetModel.ID(id))).name == "Named")
        #expect(try await client.manufacturers.get(try #require(IIQManufacturer.ID(id))).name == "Named")
        #expect(try await client.assetTypes.get(try #require(IIQAssetType.ID(id))).name == "Named")
        #expect(
            mock.requests.map(\.path) == [
                "/api/v1.0/views/\(id)", "/api/v1.0/tags/\(id)", "/api/v1.0/models/\(id)",
                "/api/v1.0/manufacturers/\(id)",
                "/api/v1.0/assets/types/\(id)",
            ])
    }

    @Test("lookups share one shape: first(named:), lookup(named:), matching any of an entry's names")
    func lookups() async throws {
        let mock = MockTransport { request in
            switch request.path {
            case "/api/v1.0/models/all":
                .listEnvelope(
                    items: [["ModelId": IDs.other, "Name": "Google Chromebook 3110", "ModelName": "3110"]],
                    paging: false)
            case "/api/v1.0/tickets/statuses":
                .listEnvelope(
                    items: [["StatusName": "Closed", "StepName": "Resolved", "WorkflowStepId": IDs.user]], paging: false
                )
            default:
                .listEnvelope(
                    items: [["RoleId": IDs.other, "Name": "Student"], ["RoleId": IDs.user, "Name": "Staff"]],
                    paging: false)
            }
        }
        let client = try Fixture.client(mock)
        #expect(try await client.roles.first(named: "STAFF")?.id.description == IDs.user)
        #expect(try await client.roles.lookup(named: "Studnet").closestNames == ["Student", "Staff"])
        #expect(try await client.assetModels.first(named: "3110")?.id.description == IDs.other)
        let status = try await client.workflows.lookupStatus(named: "resolved").unique()
        #expect(status.workflowStepID?.description == IDs.user)
        let none = try await client.roles.lookup(named: "Custodian")
        #expect(none.description.contains("names no role"))
    }
}

@Suite("Name matching")
struct NameMatchingTests {
    @Test(
        "edit distance counts a swap of neighbours as one edit",
        arguments: [
            ("Teir 1", "Tier 1", 1), ("tier 1", "tier 2", 1), ("", "abc", 3), ("kitten", "sitting", 3),
            ("same", "same", 0),
        ])
    func distance(_ a: String, _ b: String, _ expected: Int) {
        #expect(NameMatcher.distance(Array(a), Array(b)) == expected)
    }

    @Test("names containing the text come first; at most five; duplicates once; long names are cut, not slow")
    func ranking() {
        let names =
            ["Screen Repair", "Keyboard", "Broken Screen", "broken screen", "Battery", "Charger", "Camera", "Hinge"]
            + [String(repeating: "x", count: 100_000)]
        let lookup = IIQNameLookup("screen", entity: "issue", in: names) { [$0] }
        #expect(lookup.matches.isEmpty)
        #expect(lookup.closestNames.count == 5)
        #expect(Array(lookup.closestNames.prefix(2)) == ["Broken Screen", "Screen Repair"])
        #expect(!lookup.closestNames.contains("broken screen"))
    }

    @Test("unique() answers the one match, and names the argument when there is none")
    func unique() throws {
        let statuses = ["New", "In Progress", "Resolved"]
        #expect(try IIQNameLookup(" in progress ", entity: "status", in: statuses) { [$0] }.unique() == "In Progress")
        do {
            _ = try IIQNameLookup("Done", entity: "status", in: statuses) { [$0] }.unique()
            Issue.record("expected a miss")
        } catch {
            guard let issue = error.argumentIssue else {
                Issue.record("got \(error)")
                return
            }
            #expect(issue.operation == "status.lookup" && issue.argument == "name")
            #expect(issue.reason.hasPrefix("\"Done\" names no status. Closest: "))
        }
        let empty = IIQNameLookup("Any", entity: "tag", in: [String]()) { [$0] }
        #expect(empty.closestNames.isEmpty && empty.reason.contains("none is known"))
    }
}
