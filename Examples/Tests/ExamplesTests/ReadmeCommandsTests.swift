import Foundation
import IncidentIQ
import IncidentIQTesting
import Testing

/// README.md's `iiq` commands, read from its console blocks and its prose.
struct ReadmeCommands {
    /// A console block: what it exports, and each command with the output README shows under it.
    struct Block {
        var exports: [String: String] = [:]
        /// Each command, the lines README shows under it, and the exit status a `$ echo $?` shows (else 0).
        var commands: [(arguments: [String], output: [String], status: Int32)] = []
    }

    let blocks: [Block]
    /// The `` `iiq …` `` commands written in the prose of "Try it", as arguments.
    let inline: [[String]]
    /// The Swift code of the "Quick start" section.
    let quickStart: String

    static func load() throws -> ReadmeCommands {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appending(path: "README.md")
        return try ReadmeCommands(markdown: String(contentsOf: readme, encoding: .utf8))
    }

    init(markdown: String) throws {
        var blocks: [Block] = []
        var inline: [[String]] = []
        var quickStart = ""
        var fence: String?
        var section = ""
        var block = Block()
        var code: [String] = []
        var statusFollows = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let language = fence {
                if line.hasPrefix("```") {
                    if language == "console", !block.commands.isEmpty { blocks.append(block) }
                    if language == "swift", section == "## Quick start" { quickStart = code.joined(separator: "\n") }
                    fence = nil
                    continue
                }
                code.append(line)
                guard language == "console" else { continue }
                if line.hasPrefix("$ export ") {
                    for assignment in try Self.words(String(line.dropFirst(9))) {
                        let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
                        if parts.count == 2 { block.exports[parts[0]] = parts[1] }
                    }
                } else if line.hasPrefix("$ swift run --package-path Examples iiq ") {
                    block.commands.append((try Self.words(String(line.dropFirst(40))), [], 0))
                } else if line == "$ echo $?" {
                    statusFollows = true
                } else if statusFollows, let status = Int32(line), !block.commands.isEmpty {
                    block.commands[block.commands.count - 1].status = status
                    statusFollows = false
                } else if !line.hasPrefix("$ "), !block.commands.isEmpty {
                    block.commands[block.commands.count - 1].output.append(line)
                }
                continue
            }
            if line.hasPrefix("```") {
                fence = String(line.dropFirst(3))
                block = Block()
                code = []
                continue
            }
            if line.hasPrefix("## ") { section = line }
            // "Try it" lists whole commands in prose; later sections quote fragments (`iiq issues [--category X]`).
            guard section == "## Try it" else { continue }
            var rest = line[...]
            while let open = rest.range(of: "`iiq ") {
                guard let close = rest[open.upperBound...].firstIndex(of: "`") else { break }
                inline.append(try Self.words(String(rest[open.upperBound..<close])))
                rest = rest[rest.index(after: close)...]
            }
        }
        self.blocks = blocks
        self.inline = inline
        self.quickStart = quickStart
    }

    /// Shell words: split at spaces, with double quotes grouping; a `#` comment and a `> file` redirect end it.
    static func words(_ text: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for character in text {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else if (character == "#" || character == ">") && !quoted && !started {
                break
            } else {
                current.append(character)
                started = true
            }
        }
        if quoted { throw ReadmeError.unbalancedQuote(text) }
        if started { words.append(current) }
        return words
    }

    enum ReadmeError: Error { case unbalancedQuote(String) }
}

@Suite("README's iiq commands run and print what README says", .serialized)
struct ReadmeCommandsTests {
    @Test("the README parser finds the commands README shows")
    func parser() throws {
        let readme = try ReadmeCommands.load()
        #expect(readme.inline.count >= 8, "\(readme.inline)")
        #expect(readme.blocks.count >= 3)
        #expect(
            readme.inline.contains([
                "tickets", "create", "--asset", "JHS-100002", "--issue", "Broken Screen", "--subject", "Cracked screen",
            ]))
        #expect(try ReadmeCommands.words("a \"b c\" d > out.csv") == ["a", "b c", "d"])
    }

    @Test(
        "every iiq command README shows exits 0 on the built-in sandbox, in README's order, and prints README's output")
    func builtInSandbox() async throws {
        let readme = try ReadmeCommands.load()
        let state = ToolRunner.freshStateFile()
        let environment = ["IIQ_SANDBOX_STATE": state.path]
        let shown = readme.blocks.filter { $0.exports.isEmpty }.flatMap(\.commands)
            .filter { $0.arguments.first != "sandbox" }
        #expect(!shown.isEmpty)
        for (arguments, output, status) in shown {
            let result = try await ToolRunner.run(arguments, environment: environment)
            #expect(result.status == status, "iiq \(arguments.joined(separator: " ")): \(result.stderr)")
            for line in output where line.hasPrefix("iiq: error:") {
                #expect(
                    result.stderr.split(separator: "\n").contains(Substring(line)),
                    "README shows '\(line)'; iiq said:\n\(result.stderr)")
            }
            for line in output where !line.hasPrefix("iiq: ") {
                #expect(
                    result.stdout.split(separator: "\n").contains(Substring(line)),
                    "README shows '\(line)'; iiq printed:\n\(result.stdout)")
            }
            if let note = output.first(where: { $0.hasPrefix("iiq: IIQ_API_TOKEN") }) {
                #expect(result.stderr.hasPrefix(String(note.prefix(while: { $0 != "(" }))), "\(result.stderr)")
            }
        }
        // `sandbox serve` runs until interrupted: the next test runs it.
        for arguments in readme.inline where !arguments.starts(with: ["sandbox", "serve"]) {
            let result = try await ToolRunner.run(arguments, environment: environment)
            #expect(result.status == 0, "iiq \(arguments.joined(separator: " ")): \(result.stderr)")
            let listsRecords = ["list", "find", "export", "show"].contains(arguments.dropFirst().first ?? "")
            if listsRecords {
                // A header and its rule, or `[` and `]`, are not enough: README's commands find something.
                #expect(
                    result.stdout.split(separator: "\n").count >= 3,
                    "iiq \(arguments.joined(separator: " ")) found nothing")
            }
        }
    }

    @Test("README's sandbox server prints README's banner, and README's commands work against it")
    func sandboxServer() async throws {
        let readme = try ReadmeCommands.load()
        let serve = try #require(
            readme.blocks.flatMap(\.commands).first { $0.arguments.starts(with: ["sandbox", "serve"]) })
        var arguments = serve.arguments
        if let port = arguments.firstIndex(of: "--port"), port + 1 < arguments.count { arguments[port + 1] = "0" }
        let server = try ToolRunner.start(arguments)
        defer { server.stop() }
        let banner = try await server.stdout(until: "READY")
        func normalized(_ line: some StringProtocol) -> String {
            line.replacingOccurrences(of: #":\d+/"#, with: ":PORT/", options: .regularExpression)
        }
        let printed = banner.split(separator: "\n").map(normalized)
        for line in serve.output where !line.contains("…") && !line.isEmpty {
            #expect(printed.contains(normalized(line)), "README shows '\(line)'; the server printed:\n\(banner)")
        }
        let lines = banner.split(separator: "\n").map(String.init)
        let baseURL = try #require(
            lines.first { $0.hasPrefix("Base URL:") }?.split(separator: " ").last.map(String.init))
        let token = try #require(lines.firstIndex(of: "Read-write token:").map { lines[$0 + 1] })

        for block in readme.blocks where !block.exports.isEmpty {
            var environment: [String: String] = [:]
            for (name, value) in block.exports {
                environment[name] = value.hasPrefix("<") ? token : value.hasPrefix("http") ? baseURL : value
            }
            environment["IIQ_BASE_URL"] = baseURL
            environment["IIQ_ALLOW_INSECURE_LOOPBACK"] = "1"
            for (arguments, _, status) in block.commands {
                let result = try await ToolRunner.run(arguments, environment: environment)
                #expect(result.status == status, "iiq \(arguments.joined(separator: " ")): \(result.stderr)")
                #expect(!result.stdout.contains(token) && !result.stderr.contains(token))
            }
        }
    }

    @Test("README's quick start is the QuickStart example, compiled with the package")
    func quickStart() throws {
        let readme = try ReadmeCommands.load()
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Sources/QuickStart/main.swift")
        let program = try String(contentsOf: source, encoding: .utf8)
        #expect(!readme.quickStart.isEmpty)
        #expect(
            program.hasSuffix(readme.quickStart + "\n"),
            "README's quick start and Examples/Sources/QuickStart/main.swift differ")
    }
}
