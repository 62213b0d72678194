import Foundation
import IncidentIQ
import IncidentIQTesting
import Testing

@Suite("The iiq tool, run as a process")
struct ToolTests {
    @Test("without IIQ_API_TOKEN it runs on the built-in sandbox and says so in one stderr line")
    func sandboxFallback() async throws {
        let result = try await ToolRunner.run(["assets", "list", "--limit", "3", "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.first == "Tag,Serial,Model,Status,Owner,Location,Id")
        let notes = result.stderr.split(separator: "\n")
        #expect(notes.count == 1)
        #expect(notes.first?.contains("built-in sandbox") == true)
    }

    @Test(
        "bad flags exit 64 with a message and no stack trace",
        arguments: [
            ["tickets", "list", "--limit", "0"],
            ["tickets", "list", "--open", "--closed"],
            ["tickets", "list", "--since", "last tuesday"],
            ["assets", "find"],
            ["assets", "list", "--format", "yaml"],
            ["sandbox", "serve", "--port", "70000"],
            ["sandbox", "serve", "--latency", "150"],
            ["sandbox", "serve", "--latency-per-item", "fast"],
            ["sandbox", "serve", "--users", "10"],
        ])
    func usageErrors(arguments: [String]) async throws {
        let result = try await ToolRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Error:") || result.stderr.contains("error:"))
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
    }

    @Test("sandbox serve --users sizes the district's people apart from its assets, and the banner says so")
    func sandboxServeUsers() async throws {
        let server = try ToolRunner.start(["sandbox", "serve", "--port", "0", "--assets", "100", "--users", "250"])
        defer { server.stop() }
        let banner = try await server.stdout(until: "READY")
        #expect(banner.contains("seed 1, 100 assets, 250 users, site "), "\(banner)")
    }

    @Test("--version prints the SDK's version")
    func version() async throws {
        let result = try await ToolRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "iiq \(IIQClient.version)\n")
    }

    @Test(
        "help text wraps only where the terminal ends, and lists only the values a command accepts",
        arguments: [
            ["help"], ["whoami", "--help"], ["sandbox", "reset", "--help"], ["sandbox", "serve", "--help"],
            ["assets", "export", "--help"], ["tickets", "export", "--help"], ["users", "export", "--help"],
        ])
    func helpText(arguments: [String]) async throws {
        let result = try await ToolRunner.run(arguments, environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        let overview = result.stdout.components(separatedBy: "USAGE:").first ?? ""
        let lines = overview.split(separator: "\n", omittingEmptySubsequences: false)
        for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !next.isEmpty {
            // A line followed by more of its paragraph ends where the next word would not fit in the 79
            // columns ArgumentParser fills at a width of 80: wrapped at the width, not broken by hand.
            let nextWord = next.split(separator: " ").first?.count ?? 0
            #expect(line.count + 1 + nextWord >= 80, "a paragraph broken mid-sentence after '\(line)'")
        }
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 || $0.hasPrefix("USAGE:") })
        if arguments.contains("export") {
            #expect(result.stdout.contains("(values: csv, json;"), "\(result.stdout)")
            #expect(!result.stdout.contains("table"))
        }
    }

    @Test("something that does not exist exits 3")
    func notFound() async throws {
        let result = try await ToolRunner.run(["assets", "find", "--tag", "NO-SUCH-TAG"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("iiq: error: No asset has the tag 'NO-SUCH-TAG'."))
    }

    @Test("IIQ_TRANSPORT=asynchttpclient reaches the server through AsyncHTTPClient; an unknown value exits 64")
    func asyncHTTPClientTransport() async throws {
        try await withServer { server in
            var environment = server.environment(token: server.sandbox.issueToken())
            environment["IIQ_TRANSPORT"] = "asynchttpclient"
            let before = server.sandbox.requestCount
            let assets = try await ToolRunner.run(
                ["assets", "list", "--limit", "3", "--format", "csv"], environment: environment)
            #expect(assets.status == 0, "\(assets.stderr)")
            #expect(assets.stdout.split(separator: "\n").count == 4)
            #expect(server.sandbox.requestCount > before)

            environment["IIQ_TRANSPORT"] = "carrier-pigeon"
            let refused = try await ToolRunner.run(["assets", "list", "--limit", "3"], environment: environment)
            #expect(refused.status == 64)
            #expect(refused.stderr.contains("IIQ_TRANSPORT"))
        }
    }

    @Test("against the sandbox server: list, create, show and comment; export pages through every asset")
    func againstServer() async throws {
        try await withServer { server in
            let environment = server.environment(token: server.sandbox.issueToken())
            let tickets = try await ToolRunner.run(
                ["tickets", "list", "--open", "--format", "json", "--limit", "5"], environment: environment)
            #expect(tickets.status == 0)
            #expect(tickets.stderr.isEmpty, "a real tenant gets no sandbox note")
            let rows = try #require(
                try JSONSerialization.jsonObject(with: Data(tickets.stdout.utf8)) as? [[String: Any]])
            #expect(rows.count == 5 && rows.allSatisfy { $0["IsClosed"] as? Bool == false })

            let client = try server.client()
            let asset = try #require(
                try await client.assets.search(filters: [.status(named: "Assigned")]).first(1).first)
            let issue = try #require(try await client.tickets.search().first(1).first?.issue?.name)
            let created = try await ToolRunner.run(
                [
                    "tickets", "create", "--asset", try #require(asset.assetTag), "--issue", issue, "--subject",
                    "From the shell",
                    "--format", "csv",
                ], environment: environment)
            #expect(created.status == 0, "\(created.stderr)")
            let number = try #require(
                created.stdout.split(separator: "\n").last?.split(separator: ",").first.map(String.init))

            let comment = try await ToolRunner.run(
                ["tickets", "comment", number, "Picked up at the desk."], environment: environment)
            #expect(comment.status == 0)
            let shown = try await ToolRunner.run(["tickets", "show", number], environment: environment)
            #expect(shown.stdout.contains("From the shell") && shown.stdout.contains("Picked up at the desk."))

            let export = try await ToolRunner.run(["assets", "export", "--page-size", "70"], environment: environment)
            #expect(export.status == 0)
            #expect(export.stdout.split(separator: "\n").count == 401)
            #expect(export.stderr.isEmpty, "no progress line when stderr is not a terminal")

            let users = try await ToolRunner.run(
                ["users", "list", "--role", "Student", "--limit", "4"], environment: environment)
            #expect(users.status == 0 && users.stdout.split(separator: "\n").count == 6)
        }
    }

    @Test("API failures exit 4 for 401/403 and print the SDK's message, never the token")
    func apiFailures() async throws {
        try await withServer { server in
            let readOnly = server.sandbox.issueToken(scopes: IIQSandboxScope.readOnly)
            let ticket = try #require(try await server.client().tickets.search().first(1).first?.ticketNumber?.rawValue)
            let forbidden = try await ToolRunner.run(
                ["tickets", "comment", ticket, "no"], environment: server.environment(token: readOnly))
            #expect(forbidden.status == 4)
            #expect(forbidden.stderr.contains("403"))
            #expect(!forbidden.stderr.contains(readOnly))

            let stranger = IIQTestToken.make(siteID: server.sandbox.siteID.uuidString.lowercased())
            let unauthorized = try await ToolRunner.run(
                ["assets", "list"], environment: server.environment(token: stranger))
            #expect(unauthorized.status == 4)
            #expect(unauthorized.stderr.contains("401"))
            #expect(!unauthorized.stderr.contains(stranger))
        }
    }
}
