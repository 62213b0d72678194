import ArgumentParser
import Foundation
import IIQSandboxServer
import IncidentIQ
import IncidentIQTesting

/// `iiq sandbox serve`.
struct Sandbox: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a sandbox tenant.", subcommands: [Serve.self])

    /// `iiq sandbox serve`.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve a seeded sandbox tenant over HTTP on 127.0.0.1 until interrupted.")

        @Option(help: "The port; 0 picks a free one.") var port = 8080
        @Option(help: "The seed of the generated district.") var seed: UInt64 = 1
        @Option(help: "How many assets the district has (up to 200,000).") var assets = 5_000

        func validate() throws {
            if !(0...65_535).contains(port) { throw ValidationError("--port must be between 0 and 65535.") }
            if !(0...IIQSandboxDistrict.maximumAssets).contains(assets) {
                throw ValidationError("--assets must be between 0 and \(IIQSandboxDistrict.maximumAssets).")
            }
        }

        func run() async throws {
            let server = SandboxServer(district: IIQSandboxDistrict(seed: seed, assets: assets), port: port)
            do {
                try await server.run { sandbox in
                    let readWrite = sandbox.issueToken(expiresIn: 30 * 86_400)
                    let readOnly = sandbox.issueToken(scopes: IIQSandboxScope.readOnly, expiresIn: 30 * 86_400)
                    let banner =
                        """
                        IIQ sandbox: seed \(seed), \(assets) assets, site \(sandbox.siteID.uuidString.lowercased())
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
    }
}
