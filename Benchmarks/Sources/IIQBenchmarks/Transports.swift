import Foundation
import IIQAsyncHTTPClientTransport
import IIQSandboxServer
import IncidentIQ
@_spi(Benchmarks) import IncidentIQTesting

/// `URLSessionTransport` against `IIQAsyncHTTPClientTransport`: the same sandbox pages walked
/// through the SDK with each, in turns, in one run.
///
/// The sandbox server runs in a child process (`IIQBenchmarks serve`), so this process's CPU time
/// (all threads) is the client's alone: transport, SDK and decoding.
enum TransportBenchmarks {
    static let assets = 20_000

    static func run(into report: inout Report) async throws {
        let server = try ChildServer.start(assets: assets)
        defer { server.stop() }
        let configuration = try IIQConfiguration(token: server.token, allowsInsecureLoopback: true)
        let urlSession = try IIQClient(configuration: configuration, transport: URLSessionTransport())
        try await IIQAsyncHTTPClientTransport.withTransport { transport in
            let asyncHTTPClient = try IIQClient(configuration: configuration, transport: transport)
            for pageSize in [100, 1000] {
                func walk(_ client: IIQClient) async throws {
                    var count = 0
                    for try await _ in client.assets.search(IIQAssetQuery(pageSize: pageSize)).prefetching(false) {
                        count += 1
                    }
                    guard count == assets else {
                        throw BenchmarkError.unexpected("walked \(count) of \(assets) assets")
                    }
                }
                let medians = try await Measure.interleavedMediansWithCPU(
                    runs: 5, [{ try await walk(urlSession) }, { try await walk(asyncHTTPClient) }])
                let (times, cpu) = (medians.map(\.wall), medians.map(\.cpu))
                func rate(_ time: Duration) -> Double { Double(assets) / (time.milliseconds / 1000) }
                let (sessionRate, ahcRate) = (rate(times[0]), rate(times[1]))
                report.add(
                    "Walk 20,000 assets, $s=\(pageSize): AsyncHTTPClient vs URLSession", sdk: "\(Int(ahcRate)) items/s",
                    baseline: "URLSession \(Int(sessionRate)) items/s",
                    ratio: "\((ahcRate / sessionRate).formatted(2))x",
                    target: "-", holds: nil)
                report.add(
                    "Client CPU for that walk", sdk: "\((cpu[1].milliseconds / 1000).formatted(2)) s",
                    baseline: "URLSession \((cpu[0].milliseconds / 1000).formatted(2)) s",
                    ratio: "\((cpu[1].milliseconds / cpu[0].milliseconds).formatted(2))x", target: "-", holds: nil)
            }
        }
    }
}

/// A sandbox server in a child process: this executable run as `IIQBenchmarks serve ASSETS`.
struct ChildServer {
    let process: Process
    let baseURL: URL
    let token: String
    /// The sandbox's site id, for the `SiteId` header of requests written by hand.
    let siteID: String

    /// Starts the child, answering each request after `latencyMilliseconds`, and reads the origin,
    /// a token and the site id from the first line it prints.
    static func start(assets: Int, latencyMilliseconds: Int = 0) throws -> ChildServer {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["serve", String(assets), String(latencyMilliseconds)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            guard let first = byte.first else { break }
            if first == UInt8(ascii: "\n") { break }
            line.append(first)
        }
        let parts = String(decoding: line, as: UTF8.self).split(separator: " ")
        guard parts.count == 3, let baseURL = URL(string: String(parts[0])) else {
            process.terminate()
            throw BenchmarkError.unexpected("the server child did not start")
        }
        return ChildServer(process: process, baseURL: baseURL, token: String(parts[1]), siteID: String(parts[2]))
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    /// The child: serves a sandbox of `assets` assets, answering each request after
    /// `latencyMilliseconds`, and prints `BASE_URL TOKEN SITE_ID` once it listens.
    static func serve(assets: Int, latencyMilliseconds: Int) async throws {
        let latency = IIQSandboxLatency(fixed: .milliseconds(latencyMilliseconds))
        let server = SandboxServer(district: IIQSandboxDistrict(seed: 1, assets: assets), port: 0, latency: latency)
        try await server.run { sandbox in
            // Each asset is rendered once and then copied, so the server's CPU (on the same 2 cores)
            // goes to serving, not to rendering, and the client's walk is what is measured.
            sandbox.cachesRenderedAssets = true
            // Written straight to the pipe, unbuffered: the parent waits for this line.
            let line =
                "\(sandbox.baseURL.absoluteString) \(sandbox.issueToken()) \(sandbox.siteID.uuidString.lowercased())\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
    }
}
