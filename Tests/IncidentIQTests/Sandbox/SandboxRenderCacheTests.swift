import Foundation
import Testing

@testable import IncidentIQ
@_spi(Benchmarks) @testable import IncidentIQTesting

/// The benchmark server's cache of rendered assets: the same bytes as rendering, and never older
/// than the store.
@Suite("Sandbox: cached asset rendering")
struct SandboxRenderCacheTests {
    /// The raw body of one page of an asset search.
    static func page(_ index: Int, of sandbox: IIQSandbox, size: Int = 50) async throws -> Data {
        let request = try Fixture.rawRequest(
            sandbox, .post, "/assets?$s=\(size)&$p=\(index)", token: sandbox.issueToken(), body: "{}")
        return try await sandbox.send(request).body
    }

    @Test("A cached page is byte for byte the page rendered afresh, the first time and after")
    func sameBytes() async throws {
        let plain = IIQSandbox(district: IIQSandboxDistrict(seed: 7, assets: 300))
        let cached = IIQSandbox(district: IIQSandboxDistrict(seed: 7, assets: 300))
        cached.cachesRenderedAssets = true
        #expect(cached.cachesRenderedAssets && !plain.cachesRenderedAssets)
        for index in 0..<3 {
            let expected = try await Self.page(index, of: plain)
            #expect(try await Self.page(index, of: cached) == expected)
            #expect(try await Self.page(index, of: cached) == expected)
        }
    }

    @Test("A write empties the cache: the next read shows it")
    func writeInvalidates() async throws {
        let sandbox = IIQSandbox()
        sandbox.cachesRenderedAssets = true
        let client = try Fixture.client(sandbox: sandbox)
        let fields = try await client.customFields.definitions(for: .asset)
        let grade = try #require(fields["Grade Level"])
        let asset = try #require(try await client.assets.search(IIQAssetQuery()).first(1).first)
        let before = asset.customFields(using: fields)["Grade Level"]?.text
        let after = before == "12" ? "11" : "12"
        // Read once more, so the asset is in the cache before the write.
        _ = try await client.assets.get(asset.id)

        try await client.customFields.set(grade, to: after, on: .asset(asset.id))

        let reread = try await client.assets.get(asset.id)
        #expect(reread.customFields(using: fields)["Grade Level"]?.text == after)
        let listed = try #require(try await client.assets.search(IIQAssetQuery()).first(1).first)
        #expect(listed.id == asset.id)
        #expect(listed.customFields(using: fields)["Grade Level"]?.text == after)
    }

    @Test("An answer a fault makes drift is rendered afresh, so the drift shows in cached records too")
    func driftBypassesCache() async throws {
        let sandbox = IIQSandbox()
        sandbox.cachesRenderedAssets = true
        _ = try await Self.page(0, of: sandbox)
        sandbox.inject(.droppedKey("SerialNumber"), on: "/assets")
        let drifted = try await Self.page(0, of: sandbox)
        #expect(!String(decoding: drifted, as: UTF8.self).contains("\"SerialNumber\""))
        let plain = try await Self.page(0, of: sandbox)
        #expect(String(decoding: plain, as: UTF8.self).contains("\"SerialNumber\""))
    }
}
