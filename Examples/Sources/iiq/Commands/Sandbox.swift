import ArgumentParser
import Foundation
import IIQSandboxServer
import IncidentIQ
import IncidentIQTesting
import Logging

/// `iiq sandbox serve`.
struct Sandbox: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a sandbox tenant, or reset the built-in one.", subcommands: [Serve.self, Reset.self])

    /// `iiq sandbox reset`.
    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Forget the writes kept for the built-in sandbox.",
            discussion: """
                Without IIQ_API_TOKEN, iiq keeps the writes made on its built-in sandbox in a state file \
                and replays them on the next run. The file is $IIQ_SANDBOX_STATE when set, else \
                $XDG_STATE_HOME/iiq/sandbox.jsonl, else ~/.local/state/iiq/sandbox.jsonl. \
                Reset removes it, so the next run starts from the seeded district.
                """)

        func run() throws {
            let state = SandboxState(environment: ProcessInfo.processInfo.environment)
            do {
                let removed = try state.reset()
                print(
                    removed
                        ? "Removed the sandbox state at \(state.file.path)."
                        : "No sandbox state to remove at \(state.file.path).")
            } catch {
                StandardError.write("iiq: error: \(error.message)")
                throw ExitCode(error.code)
            }
        }
    }

    /// `iiq sandbox serve`.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve a seeded sandbox tenant over HTTP on 127.0.0.1 until interrupted.",
            discussion: """
                By default it serves the built-in sandbox's district (seed 1, 600 assets), as it is generated: \
                the writes kept between runs of iiq are not replayed there. It logs one line per request to stderr.
                """)

        @Option(help: "The port; 0 picks a free one.") var port = 8080
        @Option(help: "The seed of the generated district; the built-in sandbox's by default.")
        var seed: UInt64 = Session.sandboxDistrict.seed
        @Option(help: "How many assets the district has (up to 200,000); the built-in sandbox's by default.")
        var assets = Session.sandboxDistrict.assets
        @Option(help: "How many users the district has (60 to 300,000); by default they follow from the assets.")
        var users: Int?
        @Option(help: "How long every answer takes, as a real tenant's does: 150ms, 1.5s, 0 for none.")
        var latency = LatencyArgument.zero
        @Option(help: "Added to a list answer for each item it holds: 0.2ms, 200us.")
        var latencyPerItem = LatencyArgument.zero

        func validate() throws {
            if !(0...65_535).contains(port) { throw ValidationError("--port must be between 0 and 65535.") }
            if !(0...IIQSandboxDistrict.maximumAssets).contains(assets) {
                throw ValidationError("--assets must be between 0 and \(IIQSandboxDistrict.maximumAssets).")
            }
            if let users, !(60...IIQSandboxDistrict.maximumUsers).contains(users) {
                throw ValidationError("--users must be between 60 and \(IIQSandboxDistrict.maximumUsers).")
            }
        }

        func run() async throws {
            let district = IIQSandboxDistrict(seed: seed, assets: assets, users: users)
            let server = SandboxServer(
                district: district, port: port,
                latency: IIQSandboxLatency(fixed: latency.duration, perItem: latencyPerItem.duration),
                requestLogger: Logger(label: "iiq-sandbox", factory: { StreamLogHandler.standardError(label: $0) }))
            do {
                try await server.run { sandbox in
                    let readWrite = sandbox.issueToken(expiresIn: 30 * 86_400)
                    let readOnly = sandbox.issueToken(scopes: IIQSandboxScope.readOnly, expiresIn: 30 * 86_400)
                    let banner =
                        """
                        IIQ sandbox: seed \(seed), \(assets) assets, \(district.students + district.staff + district.agents) users, site \(sandbox.siteID.uuidString.lowercased())\(latencyNote)
                        Base URL:  \(sandbox.baseURL.absoluteString)

                        Read-write token:
                        \(readWrite)

                        Read-only token:
                        \(readOnly)

                        Try it:
                          export IIQ_BASE_URL=\(sandbox.baseURL.absoluteString) IIQ_ALLOW_INSECURE_LOOPBACK=1
                          export IIQ_API_TOKEN=<the read-write token>
                          swift run --package-path Examples iiq assets list
                          curl -s -X POST "\(sandbox.baseURL.absoluteString)/assets?\\$s=2" -H "Authorization: Bearer $IIQ_API_TOKEN" \\
                               -H "SiteId: \(sandbox.siteID.uuidString.lowercased())" -H "Client: ApiClient" -d '{}'
                        READY

                        """
                    FileHandle.standardOutput.write(Data(banner.utf8))
                }
            } catch {
                StandardError.write("iiq: error: the sandbox server stopped: \(error)")
                throw ExitCode(1)
            }
        }

        /// The banner's note on latency, when there is some.
        private var latencyNote: String {
            guard latency.duration > .zero || latencyPerItem.duration > .zero else { return "" }
            var note = ", latency \(latency.text)"
            if latencyPerItem.duration > .zero { note += " + \(latencyPerItem.text) per item" }
            return note
        }
    }
}

/// A duration on the command line: a number and a unit (`us`, `ms` or `s`), or `0`.
struct LatencyArgument: ExpressibleByArgument, Sendable {
    let duration: Duration
    /// As it was given.
    let text: String

    static let zero = LatencyArgument(duration: .zero, text: "0")

    private init(duration: Duration, text: String) {
        self.duration = duration
        self.text = text
    }

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(suffix: String, seconds: Double)] = [("us", 1e-6), ("µs", 1e-6), ("ms", 1e-3), ("s", 1)]
        if text == "0" {
            self = .zero
            return
        }
        guard let unit = units.first(where: { text.hasSuffix($0.suffix) }),
            let value = Double(text.dropLast(unit.suffix.count)), value.isFinite, value >= 0,
            value * unit.seconds <= 3600
        else { return nil }
        self.init(duration: .nanoseconds(Int64((value * unit.seconds * 1e9).rounded())), text: argument)
    }

    var defaultValueDescription: String { text }
}
