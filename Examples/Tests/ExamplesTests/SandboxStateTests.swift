import Foundation
import IncidentIQ
import IncidentIQTesting
import Testing

@Suite("The built-in sandbox keeps its writes between runs of iiq")
struct SandboxStateTests {
    /// An asset tag with an owner and an issue name of the built-in district (seed 1, 600 assets).
    private func assetAndIssue() async throws -> (tag: String, issue: String) {
        let client = try IIQSandbox(district: IIQSandboxDistrict(seed: 1, assets: 600)).makeClient()
        let asset = try #require(try await client.assets.search(filters: [.status(named: "Assigned")]).first(1).first)
        let issue = try #require(try await client.tickets.search().first(1).first?.issue?.name)
        return (try #require(asset.assetTag), issue)
    }

    @Test("a ticket created in one run is shown, commented on and shown identically in later runs; reset forgets it")
    func writesSurvive() async throws {
        let state = ToolRunner.freshStateFile()
        let environment = ["IIQ_SANDBOX_STATE": state.path]
        let (tag, issue) = try await assetAndIssue()
        let created = try await ToolRunner.run(
            [
                "tickets", "create", "--asset", tag, "--issue", issue, "--subject", "Kept between runs", "--format",
                "csv",
            ],
            environment: environment)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.contains(state.path), "the note names the state file")
        let number = try #require(
            created.stdout.split(separator: "\n").last?.split(separator: ",").first.map(String.init))

        let comment = try await ToolRunner.run(["tickets", "comment", number, "Still here."], environment: environment)
        #expect(comment.status == 0, "\(comment.stderr)")
        let first = try await ToolRunner.run(["tickets", "show", number, "--format", "json"], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Kept between runs") && first.stdout.contains("Still here."))
        let second = try await ToolRunner.run(
            ["tickets", "show", number, "--format", "json"], environment: environment)
        #expect(second.stdout == first.stdout, "a replay recreates the same ids and times")

        let kept = try String(contentsOf: state, encoding: .utf8)
        #expect(kept.split(separator: "\n").count == 3, "a header and two writes: \(kept)")
        #expect(!kept.contains("Bearer") && !kept.contains("eyJ"), "no token is kept")

        let reset = try await ToolRunner.run(["sandbox", "reset"], environment: environment)
        #expect(reset.status == 0 && reset.stdout.contains("Removed"))
        #expect(!FileManager.default.fileExists(atPath: state.path))
        let gone = try await ToolRunner.run(["tickets", "show", number], environment: environment)
        #expect(gone.status == 3)
        let again = try await ToolRunner.run(["sandbox", "reset"], environment: environment)
        #expect(again.status == 0 && again.stdout.contains("No sandbox state"))
    }

    @Test(
        "an unreadable state file gives one clear message naming the way out, never a crash",
        arguments: [
            "not json at all\n",
            "{\"format\":1,\"seed\":1,\"assets\":600}\n{\"method\":\"POST\"\n",
            "{\"format\":1,\"seed\":2,\"assets\":600}\n",
            "{\"format\":1,\"seed\":1,\"assets\":600}\n{\"method\":\"POST\",\"path\":\"/tickets/00000000-0000-0000-0000-000000000001/close\",\"at\":0}\n",
        ])
    func corruptState(contents: String) async throws {
        let state = ToolRunner.freshStateFile()
        try FileManager.default.createDirectory(
            at: state.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: state)
        let environment = ["IIQ_SANDBOX_STATE": state.path]
        let refused = try await ToolRunner.run(["assets", "list", "--limit", "1"], environment: environment)
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(
            refused.stderr.contains(state.path) && refused.stderr.contains("iiq sandbox reset"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("Fatal error") && !refused.stderr.contains("Stack dump"))

        #expect(try await ToolRunner.run(["sandbox", "reset"], environment: environment).status == 0)
        let fresh = try await ToolRunner.run(["assets", "list", "--limit", "1"], environment: environment)
        #expect(fresh.status == 0, "\(fresh.stderr)")
    }

    @Test("the state file's place: IIQ_SANDBOX_STATE, else XDG_STATE_HOME, else ~/.local/state")
    func stateFileLocation() async throws {
        let home = FileManager.default.temporaryDirectory.appending(path: "iiq-home-\(UUID().uuidString)")
        let xdg = try await ToolRunner.run(
            ["sandbox", "reset"], environment: ["IIQ_SANDBOX_STATE": "", "XDG_STATE_HOME": home.path + "/state"])
        #expect(xdg.stdout.contains(home.path + "/state/iiq/sandbox.jsonl"))
        let fallback = try await ToolRunner.run(
            ["sandbox", "reset"], environment: ["IIQ_SANDBOX_STATE": "", "XDG_STATE_HOME": "", "HOME": home.path])
        #expect(fallback.stdout.contains(home.path + "/.local/state/iiq/sandbox.jsonl"))
    }
}
