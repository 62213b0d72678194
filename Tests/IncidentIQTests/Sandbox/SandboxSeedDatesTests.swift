import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

/// Seeded records are never dated after the generator's epoch, so a sandbox on the wall clock
/// stamps every write as the newest change and a sync by modified date sees it.
@Suite("Sandbox: seeded dates lie before the epoch")
struct SandboxSeedDatesTests {
    @Test("no seeded asset, user or ticket is modified after the epoch", arguments: [UInt64(1), 3, 7])
    func modifiedBeforeEpoch(seed: UInt64) async throws {
        let sandbox = IIQSandbox(district: IIQSandboxDistrict(seed: seed, assets: 2_000))
        let client = try Fixture.client(sandbox: sandbox)
        let epoch = DistrictGenerator.epoch
        let assets = try await client.assets.search(IIQAssetQuery(pageSize: 1000)).all()
        #expect(assets.count == 2_000)
        #expect(assets.allSatisfy { ($0.modifiedDate ?? .distantFuture) <= epoch })
        // The edits still spread out: the newest lies in the last weeks before the epoch.
        let newest = try #require(assets.compactMap(\.modifiedDate).max())
        #expect(newest > epoch.addingTimeInterval(-30 * 86_400))
        let users = try await client.users.search(IIQUserQuery(pageSize: 1000)).all()
        #expect(!users.isEmpty && users.allSatisfy { ($0.modifiedDate ?? .distantFuture) <= epoch })
        let tickets = try await client.tickets.search(IIQTicketQuery(.all, pageSize: 1000)).all()
        #expect(!tickets.isEmpty && tickets.allSatisfy { ($0.modifiedDate ?? .distantFuture) <= epoch })
    }
}
