import Foundation
import IIQSandboxServer
import IncidentIQ
import IncidentIQTesting

// `IIQBenchmarks` prints every figure in one table. `IIQBenchmarks decode` (or `overhead`, `http`,
// `transports`, `throughput`) runs one group, for profiling; `IIQBenchmarks stream N` is the child process the
// memory figures are read from, and `IIQBenchmarks serve N MS` the server child (MS milliseconds per
// request) of the transport and throughput figures.
let arguments = CommandLine.arguments
let group = arguments.count == 2 ? arguments[1] : "all"
do {
    if arguments.count == 3, arguments[1] == "stream", let items = Int(arguments[2]) {
        try await MemoryBenchmarks.child(items: items)
        exit(0)
    }
    if arguments.count == 4, arguments[1] == "serve", let assets = Int(arguments[2]), let latency = Int(arguments[3]) {
        try await ChildServer.serve(assets: assets, latencyMilliseconds: latency)
        exit(0)
    }
    var report = Report()
    if group == "all" || group == "decode" {
        FileHandle.standardError.write(Data("Decoding pages…\n".utf8))
        try await DecodingBenchmarks.run(into: &report)
    }
    if group == "all" || group == "overhead" {
        FileHandle.standardError.write(Data("Per-request overhead…\n".utf8))
        try await OverheadBenchmarks.run(into: &report)
    }
    if group == "all" || group == "transports" {
        FileHandle.standardError.write(Data("URLSession and AsyncHTTPClient transports…\n".utf8))
        try await TransportBenchmarks.run(into: &report)
    }
    if group == "all" || group == "throughput" {
        FileHandle.standardError.write(
            Data("Throughput: SDK, sequential loop and 8 workers, on loopback and at 150 ms…\n".utf8))
        try await ThroughputBenchmarks.run(into: &report)
    }
    guard group == "all" || group == "http" else {
        print(report.render(date: Date(), machine: Machine.description))
        exit(0)
    }

    FileHandle.standardError.write(Data("Starting a 50,000-asset sandbox server…\n".utf8))
    let (ready, continuation) = AsyncStream<IIQSandbox>.makeStream()
    let server = Task {
        try await SandboxServer(district: IIQSandboxDistrict(seed: 1, assets: PaginationBenchmarks.assets), port: 0)
            .run { continuation.yield($0) }
    }
    var iterator = ready.makeAsyncIterator()
    guard let sandbox = await iterator.next() else { throw BenchmarkError.unexpected("the server did not start") }
    FileHandle.standardError.write(Data("Paginating over HTTP…\n".utf8))
    try await PaginationBenchmarks.run(server: sandbox, into: &report)
    FileHandle.standardError.write(Data("Streaming memory…\n".utf8))
    try await MemoryBenchmarks.run(baseURL: sandbox.baseURL, token: sandbox.issueToken(), into: &report)
    server.cancel()

    print(report.render(date: Date(), machine: Machine.description))
} catch {
    FileHandle.standardError.write(Data("benchmarks failed: \(error)\n".utf8))
    exit(1)
}
