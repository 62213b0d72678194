import Foundation
import IncidentIQ

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What users feel: 50,000 assets from a sandbox server in a child process, on loopback and at
/// 150 ms per request, at `$s=100` and `$s=1000`. Four walks take turns: the SDK with one page at a
/// time (`pageConcurrency: 1`), the SDK with its default parallel paging, a sequential `URLSession` +
/// `JSONDecoder` loop, and 8 `URLSession` workers in a `TaskGroup` driven by `PageCount`. Beside each
/// rate, the client's CPU seconds per walk: this process's CPU time, all threads; the server's is
/// in its own process.
enum ThroughputBenchmarks {
    static let assets = 50_000
    /// At 150 ms and `$s=100` one sequential walk takes about 80 s, so the two sequential walks there
    /// walk the first 5,000 assets (50 pages, each paying the full latency) and their rate and CPU per
    /// 50,000 are scaled from that.
    static let sampledItems = 5_000
    static let workers = 8

    static func run(into report: inout Report) async throws {
        for latency in [0, 150] {
            FileHandle.standardError.write(Data("  a 50,000-asset server with \(latency) ms per request…\n".utf8))
            let server = try ChildServer.start(assets: assets, latencyMilliseconds: latency)
            defer { server.stop() }
            for pageSize in [100, 1000] {
                FileHandle.standardError.write(Data("  $s=\(pageSize)…\n".utf8))
                try await measure(server, latency: latency, pageSize: pageSize, into: &report)
            }
            if latency == 0 {
                FileHandle.standardError.write(Data("  peak RSS…\n".utf8))
                try await MemoryBenchmarks.run(baseURL: server.baseURL, token: server.token, into: &report)
            }
        }
    }

    /// One walk's figures: items per second and client CPU seconds per 50,000 items.
    struct Figure {
        var rate: Double
        var cpu: Double
        var text: String { "\(Int(rate)) items/s, cpu \(cpu.formatted(2)) s" }
    }

    private static func measure(_ server: ChildServer, latency: Int, pageSize: Int, into report: inout Report)
        async throws
    {
        let configuration = try IIQConfiguration(token: server.token, allowsInsecureLoopback: true)
        let client = try IIQClient(configuration: configuration)
        let baseline = Baseline(server: server, pageSize: pageSize)
        let sampled = latency > 0 && pageSize == 100
        let sequentialItems = sampled ? sampledItems : assets
        let walks: [(items: Int, body: () async throws -> Int)] = [
            (
                sequentialItems,
                { try await sdkWalk(client, pageSize: pageSize, concurrency: 1, items: sequentialItems) }
            ),
            (assets, { try await sdkWalk(client, pageSize: pageSize, concurrency: nil, items: assets) }),
            (sequentialItems, { try await baseline.sequential(items: sequentialItems) }),
            (assets, { try await baseline.parallel(workers: workers) }),
        ]
        let medians = try await Measure.interleavedMediansWithCPU(
            runs: 3, warmUp: latency == 0,
            walks.map { walk in
                {
                    let walked = try await walk.body()
                    guard walked == walk.items else {
                        throw BenchmarkError.unexpected("walked \(walked) assets, not \(walk.items)")
                    }
                }
            })
        let figures = zip(walks, medians).map { walk, median in
            let scale = Double(assets) / Double(walk.items)
            return Figure(
                rate: Double(walk.items) / (median.wall.milliseconds / 1000),
                cpu: median.cpu.milliseconds / 1000 * scale)
        }
        let (sdkSequential, sdk, loop, pool) = (figures[0], figures[1], figures[2], figures[3])
        let setting = latency == 0 ? "loopback" : "\(latency) ms/request"
        let note = sampled ? " (sequential walks: first \(sampledItems / 1000)k, scaled)" : ""
        let name = "50,000 assets, \(setting), $s=\(pageSize)"
        let poolTarget = latency > 0 || pageSize == 1000
        report.add(
            "\(name): SDK (parallel) vs 8 workers", sdk: sdk.text, baseline: "8 workers \(pool.text)",
            ratio: ratio(sdk.rate, pool.rate), target: poolTarget ? ">= 1.00x" : "-",
            holds: poolTarget ? sdk.rate / pool.rate >= 1.0 : nil)
        let loopTarget = latency > 0 && pageSize == 1000
        report.add(
            "\(name): SDK (parallel) vs sequential loop\(note)", sdk: sdk.text, baseline: "loop \(loop.text)",
            ratio: ratio(sdk.rate, loop.rate), target: loopTarget ? ">= 4.00x" : "-",
            holds: loopTarget ? sdk.rate / loop.rate >= 4.0 : nil)
        report.add(
            "\(name): SDK (pageConcurrency 1) vs sequential loop\(note)", sdk: sdkSequential.text,
            baseline: "loop \(loop.text)", ratio: ratio(sdkSequential.rate, loop.rate), target: "-", holds: nil)
        let cpuTarget = latency == 0 && pageSize == 1000
        report.add(
            "\(name): client CPU per walk, SDK (parallel) vs loop", sdk: "\(sdk.cpu.formatted(2)) s",
            baseline: "loop \(loop.cpu.formatted(2)) s", ratio: ratio(sdk.cpu, loop.cpu),
            target: cpuTarget ? "<= 1.00x" : "-", holds: cpuTarget ? sdk.cpu / loop.cpu <= 1.0 : nil)
    }

    private static func ratio(_ value: Double, _ baseline: Double) -> String { "\((value / baseline).formatted(2))x" }

    /// Walks the first `items` assets through the SDK; `concurrency` nil keeps the client's default.
    private static func sdkWalk(_ client: IIQClient, pageSize: Int, concurrency: Int?, items: Int) async throws -> Int {
        var count = 0
        let options = IIQRequestOptions(pageConcurrency: concurrency)
        for try await _ in client.assets.search(IIQAssetQuery(pageSize: pageSize), options: options) {
            count += 1
            if count == items { break }
        }
        return count
    }
}

/// The two walks a capable user writes without the SDK: `URLSession` and a `JSONDecoder` into a
/// minimal 25-field struct.
struct Baseline: Sendable {
    let baseURL: URL
    let token: String
    let siteID: String
    let pageSize: Int
    /// The parallel walk's session: a user who runs 8 workers lets 8 connections through
    /// (swift-corelibs-foundation's default is 6 per host).
    private let session: URLSession

    init(server: ChildServer, pageSize: Int) {
        (baseURL, token, siteID) = (server.baseURL, server.token, server.siteID)
        self.pageSize = pageSize
        let configuration = URLSessionConfiguration.default
        configuration.httpMaximumConnectionsPerHost = ThroughputBenchmarks.workers
        session = URLSession(configuration: configuration)
    }

    /// One request after the other over `$p`, until `PageCount` or `items` items.
    func sequential(items: Int) async throws -> Int {
        let decoder = JSONDecoder()
        var count = 0
        var page = 0
        while true {
            let (data, _) = try await URLSession.shared.data(for: try request(page: page))
            let decoded = try decoder.decode(MinimalPage<MinimalAsset>.self, from: data)
            count += decoded.Items.count
            page += 1
            if page >= decoded.Paging?.PageCount ?? 0 || decoded.Items.isEmpty || count >= items { return count }
        }
    }

    /// The first page for `PageCount`, then the rest on `workers` concurrent tasks of a `TaskGroup`,
    /// each fetching and decoding a page; a new page starts as soon as one finishes.
    func parallel(workers: Int) async throws -> Int {
        let first = try await page(0)
        let pageCount = first.Paging?.PageCount ?? 1
        var count = first.Items.count
        try await withThrowingTaskGroup(of: Int.self) { group in
            var next = 1
            while next < pageCount, next <= workers {
                let index = next
                group.addTask { try await page(index).Items.count }
                next += 1
            }
            while let items = try await group.next() {
                count += items
                if next < pageCount {
                    let index = next
                    group.addTask { try await page(index).Items.count }
                    next += 1
                }
            }
        }
        return count
    }

    private func page(_ index: Int) async throws -> MinimalPage<MinimalAsset> {
        let (data, _) = try await session.data(for: try request(page: index))
        return try JSONDecoder().decode(MinimalPage<MinimalAsset>.self, from: data)
    }

    private func request(page: Int) throws -> URLRequest {
        try Self.assetsPage(page, pageSize: pageSize, baseURL: baseURL, token: token, siteID: siteID)
    }

    /// The request a user writes by hand for one page of assets: a `POST` search with IIQ's headers.
    static func assetsPage(_ page: Int, pageSize: Int, baseURL: URL, token: String, siteID: String) throws
        -> URLRequest
    {
        var components = URLComponents(url: baseURL.appending(path: "assets"), resolvingAgainstBaseURL: false)
        components?.queryItems = [
            URLQueryItem(name: "$s", value: String(pageSize)), URLQueryItem(name: "$p", value: String(page)),
        ]
        guard let url = components?.url else { throw BenchmarkError.unexpected("bad URL") }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.httpBody = Data("{}".utf8)
        request.setValue("Bearer " + token, forHTTPHeaderField: "Authorization")
        request.setValue(siteID, forHTTPHeaderField: "SiteId")
        request.setValue("ApiClient", forHTTPHeaderField: "Client")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        return request
    }
}
