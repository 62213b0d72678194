import Foundation
import IncidentIQ
import IncidentIQTesting
import Testing

/// `iiq issues`, `teams`, `custom-fields`, `roles` and `views`, and names resolved through the
/// catalogues, run as a process against the sandbox server.
@Suite("The iiq tool's catalogues and names, run as a process")
struct CatalogueToolTests {
    /// The rows of a `--format json` answer.
    static func rows(_ result: ToolRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> [[String: Any]]
    {
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        return try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]],
            sourceLocation: sourceLocation)
    }

    @Test("issues, teams, roles, views and custom-fields list what the SDK's catalogues hold")
    func listings() async throws {
        try await withServer { server in
            let environment = server.environment(token: server.sandbox.issueToken())
            let client = try server.client()

            let issues = try Self.rows(
                try await ToolRunner.run(["issues", "--format", "json"], environment: environment))
            let knownIssues = try await client.issues.all().all()
            #expect(issues.compactMap { $0["IssueId"] as? String } == knownIssues.map(\.id.description))
            #expect(issues.contains { $0["Name"] as? String == "Broken Screen" })

            let chromebook = try Self.rows(
                try await ToolRunner.run(
                    ["issues", "--category", "chromebook", "--format", "json"], environment: environment))
            #expect(!chromebook.isEmpty && chromebook.count < issues.count)
            #expect(chromebook.allSatisfy { $0["IssueCategoryName"] as? String == "Chromebook" })

            let teams = try await ToolRunner.run(["teams"], environment: environment)
            #expect(teams.status == 0, "\(teams.stderr)")
            let teamLines = teams.stdout.split(separator: "\n")
            #expect(teamLines.first?.hasPrefix("Name") == true && teamLines.first?.hasSuffix("Id") == true)
            let knownTeams = try await client.teams.all().all()
            #expect(teamLines.count == knownTeams.count + 2)
            for team in knownTeams { #expect(teams.stdout.contains(team.id.description)) }
            #expect(teams.stdout.contains("Tier 1"))

            let roles = try Self.rows(
                try await ToolRunner.run(["roles", "--format", "json"], environment: environment))
            #expect(
                Set(roles.compactMap { $0["Name"] as? String }) == Set(try await client.roles.all().compactMap(\.name)))

            let views = try Self.rows(
                try await ToolRunner.run(["views", "--format", "json"], environment: environment))
            var expectedViews: [String] = []
            for kind in [IIQViewKind.assets, .tickets, .users] {
                expectedViews += try await client.views.all(kind).map(\.id.description)
            }
            #expect(views.compactMap { $0["ViewId"] as? String } == expectedViews)
            let ticketViews = try Self.rows(
                try await ToolRunner.run(["views", "--for", "tickets", "--format", "json"], environment: environment))
            #expect(ticketViews.count == (try await client.views.all(.tickets)).count)
            #expect(ticketViews.allSatisfy { $0["Kind"] as? String == "tickets" })

            let fields = try await ToolRunner.run(
                ["custom-fields", "--for", "asset", "--format", "csv"], environment: environment)
            #expect(fields.status == 0, "\(fields.stderr)")
            let definitions = try await client.customFields.definitions(for: .asset)
            let fieldLines = fields.stdout.split(separator: "\n")
            #expect(fieldLines.first == "For,Name,Editor,Choices,Type Id")
            #expect(fieldLines.count == definitions.count + 1)
            let grade = try #require(definitions["Grade Level"])
            #expect(
                fieldLines.contains {
                    $0.hasPrefix("assets,Grade Level,select,K | 1 | 2")
                        && $0.hasSuffix(grade.valueKey?.description ?? "?")
                })
            let everyField = try Self.rows(
                try await ToolRunner.run(["custom-fields", "--format", "json"], environment: environment))
            var total = 0
            for entity in IIQCustomFieldEntity.allCases {
                total += try await client.customFields.definitions(for: entity).count
            }
            #expect(everyField.count == total)
            #expect(Set(everyField.compactMap { $0["For"] as? String }) == ["assets", "tickets", "users"])
        }
    }

    @Test("tickets create --issue resolves the name through the issue catalogue; assign --team by name; both read back")
    func createAndAssignByName() async throws {
        try await withServer { server in
            let environment = server.environment(token: server.sandbox.issueToken())
            let client = try server.client()
            let asset = try #require(
                try await client.assets.search(filters: [.status(named: "Assigned")]).first(1).first)
            let created = try await ToolRunner.run(
                [
                    "tickets", "create", "--asset", try #require(asset.assetTag), "--issue", "  broken screen ",
                    "--subject", "Cracked in a backpack", "--format", "json",
                ], environment: environment)
            let row = try #require(try Self.rows(created).first)
            let id = try #require((row["TicketId"] as? String).flatMap(IIQTicket.ID.init))
            let number = try #require(row["TicketNumber"] as? String)
            let ticket = try await client.tickets.get(id)
            #expect(ticket.issueID == (try await client.issues.lookup(named: "Broken Screen").unique()).id)
            #expect(ticket.assignedToTeamID == nil)

            let assigned = try await ToolRunner.run(
                ["tickets", "assign", number, "--team", "tier 1"], environment: environment)
            #expect(assigned.status == 0, "\(assigned.stderr)")
            #expect(assigned.stdout.contains("Assigned ticket \(number) to team tier 1."))
            let tier1 = try await client.teams.lookup(named: "Tier 1").unique()
            #expect(try await client.tickets.get(id).assignedToTeamID == tier1.id)

            let listed = try Self.rows(
                try await ToolRunner.run(
                    ["tickets", "list", "--team", "Tier 1", "--format", "json", "--limit", "500"],
                    environment: environment))
            #expect(listed.contains { $0["TicketId"] as? String == id.description })
            #expect(listed.allSatisfy { ($0["AssignedToTeamId"] as? String) == tier1.id.description })

            let reassigned = try await ToolRunner.run(
                ["tickets", "assign", number, "--team", "Field Techs"], environment: environment)
            #expect(reassigned.status == 0, "\(reassigned.stderr)")
            #expect(
                try await client.tickets.get(id).assignedToTeamID
                    == (try await client.teams.lookup(named: "Field Techs").unique()).id)
        }
    }

    @Test(
        "a name that matches nothing exits 3, prints nothing on stdout and lists the closest known names",
        arguments: [
            (
                ["tickets", "create", "--asset", "TAG", "--issue", "Broken Scren", "--subject", "x"], "issue",
                "\"Broken Screen\""
            ),
            (["tickets", "assign", "NUMBER", "--team", "Teir 1"], "team", "\"Tier 1\""),
            (["tickets", "list", "--team", "Feild Techs"], "team", "\"Field Techs\""),
            (["tickets", "list", "--status", "In Progres"], "ticket status", "\"In Progress\""),
            (["users", "list", "--role", "Studnet"], "role", "\"Student\""),
            (["assets", "list", "--status", "Availble"], "asset status", "\"Available\""),
            (["issues", "--category", "Chromebok"], "issue category", "\"Chromebook\""),
        ])
    func unknownNames(arguments: [String], entity: String, closest: String) async throws {
        try await withServer { server in
            let environment = server.environment(token: server.sandbox.issueToken())
            let client = try server.client()
            let ticket = try #require(try await client.tickets.search().first(1).first)
            let asset = try #require(
                try await client.assets.search(filters: [.status(named: "Assigned")]).first(1).first)
            let filled = arguments.map {
                $0 == "NUMBER" ? ticket.ticketNumber?.rawValue ?? "" : $0 == "TAG" ? asset.assetTag ?? "" : $0
            }
            let before = try await client.tickets.search(.all).all().count
            let result = try await ToolRunner.run(filled, environment: environment)
            #expect(result.status == 3, "\(result.stderr)")
            #expect(result.stdout.isEmpty, "no empty table for a name that matches nothing")
            #expect(result.stderr.contains("names no \(entity). Closest: \(closest)"), "\(result.stderr)")
            #expect(try await client.tickets.search(.all).all().count == before, "nothing was created")
            #expect(try await client.tickets.get(ticket.id).assignedToTeamID == ticket.assignedToTeamID)
        }
    }

    @Test("the filters still work for a name that matches: --role, --status (assets and tickets)")
    func knownNames() async throws {
        try await withServer { server in
            let environment = server.environment(token: server.sandbox.issueToken())
            let client = try server.client()
            let students = try Self.rows(
                try await ToolRunner.run(
                    ["users", "list", "--role", "student", "--format", "json", "--limit", "7"], environment: environment
                ))
            let student = try await client.roles.lookup(named: "Student").unique()
            #expect(students.count == 7)
            #expect(students.allSatisfy { ($0["RoleId"] as? String) == student.id.description })

            let available = try Self.rows(
                try await ToolRunner.run(
                    ["assets", "list", "--status", "AVAILABLE", "--format", "json"], environment: environment))
            #expect(!available.isEmpty)
            #expect(available.allSatisfy { (($0["Status"] as? [String: Any])?["Name"] as? String) == "Available" })

            let inProgress = try Self.rows(
                try await ToolRunner.run(
                    ["tickets", "list", "--status", "in progress", "--format", "json", "--limit", "500"],
                    environment: environment))
            #expect(!inProgress.isEmpty)
            #expect(
                inProgress.allSatisfy {
                    (($0["WorkflowStep"] as? [String: Any])?["StatusName"] as? String) == "In Progress"
                })
        }
    }
}
