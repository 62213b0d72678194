import Foundation
import IncidentIQ
import IncidentIQTesting
import Testing

@testable import iiq

@Suite("iiq … export: every column, --columns, safe CSV, one GUID case, progress with a total")
struct ExportTests {
    /// An uppercase GUID anywhere in `text`.
    private func uppercaseGUID(in text: String) -> String? {
        let pattern = "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return "the pattern" }
        let source = text as NSString
        return expression.matches(in: text, range: NSRange(location: 0, length: source.length))
            .map { source.substring(with: $0.range) }.first { $0 != $0.lowercased() }
    }

    @Test("--list-columns offers every scalar field and every custom field; --columns all writes them all")
    func everyColumn() async throws {
        let listed = try await ToolRunner.run(["assets", "export", "--list-columns"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let names = listed.stdout.split(separator: "\n").map(String.init)
        for expected in ["Tag", "AssetTag", "SerialNumber", "Model.Name", "Location.Name", "Owner.Email", "AssetId"] {
            #expect(names.contains(expected), "\(expected) in \(names)")
        }
        let custom = names.filter { $0.hasPrefix("Custom.") }
        let definitions = try await IIQSandbox(district: IIQSandboxDistrict(seed: 1, assets: 600)).makeClient()
            .customFields.definitions(for: .asset)
        #expect(custom.count == definitions.fields.count && !custom.isEmpty)

        let all = try await ToolRunner.run(["assets", "export", "--columns", "all"])
        #expect(all.status == 0, "\(all.stderr)")
        let lines = all.stdout.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 601)
        #expect(lines.first.map(String.init) == names.map(csvField).joined(separator: ","))
        #expect(uppercaseGUID(in: all.stdout) == nil)
    }

    @Test("--columns picks and orders columns; an unknown name exits 64 with the closest names")
    func chosenColumns() async throws {
        let chosen = try await ToolRunner.run(["assets", "export", "--columns", "SerialNumber, Tag,model.name"])
        #expect(chosen.status == 0, "\(chosen.stderr)")
        let lines = chosen.stdout.split(separator: "\n")
        #expect(lines.first == "SerialNumber,Tag,Model.Name")
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 3 })

        let typo = try await ToolRunner.run(["assets", "export", "--columns", "Tag,SerialNumbr"])
        #expect(typo.status == 64)
        #expect(typo.stdout.isEmpty)
        #expect(
            typo.stderr.contains("No column is named 'SerialNumbr'") && typo.stderr.contains("SerialNumber"),
            "\(typo.stderr)")

        let json = try await ToolRunner.run(["assets", "export", "--format", "json", "--columns", "Tag"])
        #expect(json.status == 64)
    }

    @Test("cells a spreadsheet would run as formulas are written as text")
    func formulaInjection() async throws {
        let state = ToolRunner.freshStateFile()
        let environment = ["IIQ_SANDBOX_STATE": state.path]
        let client = try IIQSandbox(district: IIQSandboxDistrict(seed: 1, assets: 600)).makeClient()
        let asset = try #require(try await client.assets.search(filters: [.status(named: "Assigned")]).first(1).first)
        let issue = try #require(try await client.tickets.search().first(1).first?.issue?.name)
        let subjects = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-2+3", "@SUM(A1)", "\tTabbed", "Plain"]
        for subject in subjects {
            let created = try await ToolRunner.run(
                [
                    "tickets", "create", "--asset", try #require(asset.assetTag), "--issue", issue,
                    "--subject=\(subject)",
                ],
                environment: environment)
            #expect(created.status == 0, "\(created.stderr)")
        }
        let export = try await ToolRunner.run(["tickets", "export", "--columns", "Subject"], environment: environment)
        #expect(export.status == 0, "\(export.stderr)")
        let cells = export.stdout.split(separator: "\n").suffix(subjects.count).map(String.init)
        #expect(
            cells == [
                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", "'+1", "'-2+3", "'@SUM(A1)", "'\tTabbed",
                "Plain",
            ])
    }

    @Test("JSON and CSV write every GUID in lowercase, users and tickets export every record")
    func guidsAndOtherRecords() async throws {
        let json = try await ToolRunner.run(["assets", "export", "--format", "json", "--page-size", "250"])
        #expect(json.status == 0)
        let assets = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(assets.count == 600)
        #expect(uppercaseGUID(in: json.stdout) == nil, "an uppercase GUID: \(uppercaseGUID(in: json.stdout) ?? "")")

        let client = try IIQSandbox(district: IIQSandboxDistrict(seed: 1, assets: 600)).makeClient()
        let userTotal = try await client.users.search().totalCount()
        let ticketTotal = try await client.tickets.search().totalCount()
        let users = try await ToolRunner.run(["users", "export", "--columns", "all"])
        #expect(users.status == 0, "\(users.stderr)")
        #expect(users.stdout.split(separator: "\n").count == userTotal + 1)
        #expect(uppercaseGUID(in: users.stdout) == nil)
        let tickets = try await ToolRunner.run(["tickets", "export", "--format", "json"])
        #expect(tickets.status == 0, "\(tickets.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(tickets.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == ticketTotal)
        #expect(uppercaseGUID(in: tickets.stdout) == nil)
    }

    @Test("the progress line shows the total and the time left once the first page has said the total")
    func progressLine() {
        let progress = Progress(noun: "assets", enabled: false)
        for _ in 0..<1_200 { progress.advance() }
        #expect(progress.line(elapsed: .seconds(2)) == "1200 assets, 600 per second")
        progress.total = 5_000
        #expect(progress.line(elapsed: .seconds(2)) == "1200 of 5000 assets (24%), 600 per second, about 7s left")
        #expect(progress.line(elapsed: .seconds(20)) == "1200 of 5000 assets (24%), 60 per second, about 2min left")
    }
}
