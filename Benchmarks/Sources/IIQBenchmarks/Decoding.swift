import Foundation
@_spi(Benchmarks) import IncidentIQ
import IncidentIQTesting

/// Page decoding: the SDK's decode of a 1,000-item page against a minimal Codable decode and
/// JSONSerialization of the same bytes.
enum DecodingBenchmarks {
    static func run(into report: inout Report) async throws {
        let sandbox = IIQSandbox(district: IIQSandboxDistrict(seed: 1, assets: 20_000))
        let token = sandbox.issueToken()
        func page(_ path: String) async throws -> Data {
            var request = IIQHTTPRequest(
                method: .post,
                url: sandbox.baseURL.appending(path: path).appending(queryItems: [
                    URLQueryItem(name: "$s", value: "1000")
                ]),
                headers: IIQHTTPHeaders([("Authorization", "Bearer " + token), ("SiteId", sandbox.siteID.uuidString)]))
            request.body = Data("{}".utf8)
            return try await sandbox.send(request).body
        }
        let assets = try await page("assets")
        let tickets = try await page("tickets")
        let users = try await page("users")
        try await measure("assets", assets, IIQAsset.self, MinimalAsset.self, into: &report)
        try await measure("tickets", tickets, IIQTicket.self, MinimalTicket.self, into: &report)
        try await measure("users", users, IIQUser.self, MinimalUser.self, into: &report)
    }

    private static func measure<Model: Decodable, Minimal: Decodable>(
        _ name: String, _ data: Data, _ model: Model.Type, _ minimal: Minimal.Type, into report: inout Report
    ) async throws {
        guard try IIQBenchmarkEntryPoints.decodePage(Model.self, from: data) == 1000 else {
            throw BenchmarkError.unexpected("the \(name) page does not hold 1,000 items")
        }
        let runs = 21
        let decoder = JSONDecoder()
        let times = try await Measure.interleavedMediansWithCPU(
            runs: runs,
            [
                { _ = try IIQBenchmarkEntryPoints.decodePage(Model.self, from: data) },
                { _ = try decoder.decode(MinimalPage<Minimal>.self, from: data) },
                { _ = try JSONSerialization.jsonObject(with: data) },
            ])
        let (sdk, plain, serialization) = (times[0].wall, times[1].wall, times[2].wall)
        let ratio = sdk.milliseconds / plain.milliseconds
        let size = "\(data.count / 1000) KB"
        // Wall time with the process's CPU time beside it: on a shared machine a wall figure far
        // above its CPU figure was a run that waited for a core.
        func figure(_ index: Int) -> String {
            "\(times[index].wall.milliseconds.formatted(1)) ms (cpu \(times[index].cpu.milliseconds.formatted(1)))"
        }
        report.add(
            "Decode 1,000 \(name) (\(size)) vs minimal Codable", sdk: figure(0),
            baseline: figure(1), ratio: "\(ratio.formatted(2))x", target: "<= 1.50x",
            holds: ratio <= 1.5)
        report.add(
            "Decode 1,000 \(name) vs JSONSerialization", sdk: figure(0),
            baseline: figure(2),
            ratio: "\((sdk.milliseconds / serialization.milliseconds).formatted(2))x", target: "-", holds: nil)
    }
}

enum BenchmarkError: Error {
    case unexpected(String)
}
