import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

/// A district's people can be sized apart from its assets, as a benchmark of a district with fewer
/// devices than students needs, and by default they follow from the assets as before.
@Suite("Sandbox: district sizes")
struct SandboxDistrictSizeTests {
    @Test("users sets exactly how many users the sandbox serves", arguments: [60, 701, 2_500])
    func usersSized(count: Int) async throws {
        let district = IIQSandboxDistrict(seed: 5, assets: 300, users: count)
        #expect(district.students + district.staff + district.agents == count)
        let client = try Fixture.client(sandbox: IIQSandbox(district: district))
        let users = try await client.users.search(IIQUserQuery(pageSize: 1000)).all()
        #expect(users.count == count)
        #expect(Set(users.map(\.id)).count == count)
        let assets = try await client.assets.search(IIQAssetQuery(pageSize: 1000)).all()
        #expect(assets.count == 300)
    }

    @Test("without users the people follow from the assets, as the seeded districts always did")
    func usersFollowAssets() async throws {
        let district = IIQSandboxDistrict(seed: 1, assets: 600)
        #expect(district.users == nil)
        #expect(district.students == 450 && district.staff == 37 && district.agents == 4)
        let client = try Fixture.client(sandbox: IIQSandbox(district: district))
        let users = try await client.users.search(IIQUserQuery(pageSize: 1000)).all()
        #expect(users.count == 491)
    }

    @Test("sizes outside their ranges are clamped, in the initializer and when set later")
    func clamped() {
        #expect(IIQSandboxDistrict(users: 5).users == 60)
        #expect(IIQSandboxDistrict(users: .max).users == IIQSandboxDistrict.maximumUsers)
        #expect(IIQSandboxDistrict(assets: -1).assets == 0)
        // Set after the initializer too: a generator never sees a size it cannot build.
        var district = IIQSandboxDistrict()
        district.users = 10
        district.assets = -5
        #expect(district.users == 60 && district.assets == 0 && district.students > 0)
        district.users = 1_000_000
        #expect(district.users == IIQSandboxDistrict.maximumUsers)
    }
}
