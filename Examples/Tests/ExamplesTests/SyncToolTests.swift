import Foundation
import IIQSync
import IncidentIQ
import IncidentIQTesting
import Testing

@Suite("iiq sync, run as a process", .serialized)
struct SyncToolTests {
    @Test("fills a SQLite file and prints a summary; a failure mid-assets names the entity and page; the rerun resumes")
    func failsAndResumes() async throws {
        try await withServer { server in
            try await withDatabase(.sqlite) { database in
                let token = server.sandbox.issueToken()
                let environment = server.environment(token: token)
                let arguments = ["sync", "--database", database.argument, "--page-size", "50"]
                // Asset searches: the first two answer, every later one fails, retries included.
                server.sandbox.inject(
                    [.latency(.zero), .latency(.zero)] + Array(repeating: .serverError(status: 500), count: 200),
                    on: "/assets", method: .post)
                let failed = try await ToolRunner.run(arguments, environment: environment)
                #expect(failed.status == 1, "\(failed.stderr)")
                #expect(failed.stderr.contains("iiq: error: sync of assets at page "), "\(failed.stderr)")
                #expect(failed.stderr.contains("failed (reading)"), "\(failed.stderr)")
                let store = try database.open()
                let partial = try await store.count(of: .assets, includingDeleted: true)
                try await store.close()
                #expect(partial >= 50 && partial < 400, "the pages before the failure were written: \(partial)")

                server.sandbox.removeAllFaults()
                let resumed = try await ToolRunner.run(arguments, environment: environment)
                #expect(resumed.status == 0, "\(resumed.stderr)")
                #expect(resumed.stdout.contains("Synced "), "\(resumed.stdout)")
                #expect(resumed.stdout.contains("assets"))
                let reopened = try database.open()
                let total = try await server.client().assets.search().totalCount()
                #expect(try await reopened.count(of: .assets, includingDeleted: true) == total)
                try await reopened.close()

                // The token is nowhere in the database file, nor in what the tool printed.
                let bytes = try Data(contentsOf: URL(fileURLWithPath: database.argument))
                #expect(bytes.range(of: Data(token.utf8)) == nil)
                #expect(
                    !failed.stderr.contains(token) && !resumed.stdout.contains(token) && !resumed.stderr.contains(token)
                )
            }
        }
    }

    @Test("an unknown --only entity and a bad --sweep-every exit 64")
    func usage() async throws {
        for arguments in [["sync", "--only", "printers"], ["sync", "--sweep-every", "0"]] {
            let result = try await ToolRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
        }
    }
}
