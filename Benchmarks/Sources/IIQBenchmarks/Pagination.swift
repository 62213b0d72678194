import Foundation
import IIQSandboxServer
import IncidentIQ
import IncidentIQTesting

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Full pagination over real HTTP: every asset of a 50,000-asset sandbox server on loopback,
/// through the SDK (prefetch off and on) and through the loop a user would write without us.
enum PaginationBenchmarks {
    static let assets = 50_000

    static func run(server sandbox: IIQSandbox, into report: inout Report) async throws {
        let token = sandbox.issueToken()
        let configuration = try IIQConfiguration(token: token, allowsInsecureLoopback: true)
        let client = try IIQClient(configuration: configuration)
        for pageSize in [100, 1000] {
            // The raw loop and both SDK walks take turns, so a change in the machine's speed during
            // the measurement moves all three alike.
            let times = try await Measure.interleavedMedians(
                runs: 5,
                [
                    { try expect(try await rawLoop(sandbox, token: token, pageSize: pageSize)) },
                    {
                        try expect(
                            try await count(client.assets.search(IIQAssetQuery(pageSize: pageSize)).prefetching(false)))
                    },
                    {
                        try expect(
                            try await count(client.assets.search(IIQAssetQuery(pageSize: pageSize)).prefetching(true)))
                    },
                ])
            let (raw, off, on) = (times[0], times[1], times[2])
            func rate(_ time: Duration) -> Double { Double(assets) / (time.milliseconds / 1000) }
            let rawRate = rate(raw)
            report.add(
                "Paginate 50,000 assets, $s=\(pageSize), prefetch off", sdk: "\(Int(rate(off))) items/s",
                baseline: "raw loop \(Int(rawRate)) items/s", ratio: "\((rate(off) / rawRate).formatted(2))x",
                target: ">= 0.90x", holds: rate(off) / rawRate >= 0.9)
            report.add(
                "Paginate 50,000 assets, $s=\(pageSize), prefetch on", sdk: "\(Int(rate(on))) items/s",
                baseline: "raw loop \(Int(rawRate)) items/s", ratio: "\((rate(on) / rawRate).formatted(2))x",
                target: ">= 1.20x", holds: rate(on) / rawRate >= 1.2)
        }
    }

    private static func expect(_ count: Int) throws {
        guard count == assets else { throw BenchmarkError.unexpected("walked \(count) assets, not \(assets)") }
    }

    private static func count(_ sequence: IIQPagedSequence<IIQAsset>) async throws -> Int {
        var count = 0
        for try await _ in sequence { count += 1 }
        return count
    }

    /// What a user writes without the SDK: sequential URLSession requests over `$p` and a JSONDecoder
    /// into a minimal struct.
    static func rawLoop(_ sandbox: IIQSandbox, token: String, pageSize: Int) async throws -> Int {
        let decoder = JSONDecoder()
        var count = 0
        var page = 0
        while true {
            let request = try Baseline.assetsPage(
                page, pageSize: pageSize, baseURL: sandbox.baseURL, token: token,
                siteID: sandbox.siteID.uuidString.lowercased())
            let (data, _) = try await URLSession.shared.data(for: request)
            let decoded = try decoder.decode(MinimalPage<MinimalAsset>.self, from: data)
            count += decoded.Items.count
            page += 1
            if page >= decoded.Paging?.PageCount ?? 0 || decoded.Items.isEmpty { return count }
        }
    }
}

/// Streaming memory: peak RSS of a fresh process that streams N assets from the server, read from
/// its `VmHWM` (the kernel's `ru_maxrss`).
enum MemoryBenchmarks {
    static func run(baseURL: URL, token: String, into report: inout Report) async throws {
        let small = try await childPeak(items: 5_000, baseURL: baseURL, token: token)
        let large = try await childPeak(items: 50_000, baseURL: baseURL, token: token)
        let ratio = Double(large) / Double(small)
        report.add(
            "Peak RSS streaming 50,000 vs 5,000 assets, $s=500, parallel paging", sdk: "\(large >> 20) MiB",
            baseline: "\(small >> 20) MiB",
            ratio: "\(ratio.formatted(2))x", target: "<= 1.30x", holds: ratio <= 1.3)
    }

    private static func childPeak(items: Int, baseURL: URL, token: String) async throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["stream", String(items)]
        var environment = ProcessInfo.processInfo.environment
        environment["IIQ_API_TOKEN"] = token
        environment["IIQ_BASE_URL"] = baseURL.absoluteString
        environment["IIQ_ALLOW_INSECURE_LOOPBACK"] = "1"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: output.fileHandleForReading.readDataToEndOfFile()) }.start()
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let peak = Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else { throw BenchmarkError.unexpected("the streaming child failed") }
        return peak
    }

    /// The child: streams `items` assets through the SDK, with parallel paging at the default
    /// bound, and prints its peak RSS in bytes.
    static func child(items: Int) async throws {
        let client = try IIQClient.fromEnvironment()
        var count = 0
        let options = IIQRequestOptions(pageConcurrency: IIQConfiguration.defaultPageConcurrency)
        for try await _ in client.assets.search(IIQAssetQuery(pageSize: 500), options: options) {
            count += 1
            if count == items { break }
        }
        guard count == items else { throw BenchmarkError.unexpected("streamed \(count) of \(items)") }
        print(Measure.peakResidentBytes() ?? 0)
    }
}
