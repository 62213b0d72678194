/// The size and seed of the school district an ``IIQSandbox`` starts with.
///
/// The same seed and size give the same district, ids included, on every machine:
///
/// ```swift
/// let sandbox = IIQSandbox(district: IIQSandboxDistrict(seed: 7, assets: 50_000))
/// ```
///
/// The other counts follow from the number of assets: about one school per 1,500 assets (3 to 40),
/// three students for every four assets, a staff member per twelve students, a few agents, and a
/// ticket per twenty assets.
public struct IIQSandboxDistrict: Sendable, Hashable {
    /// The most assets a district can have.
    public static let maximumAssets = 200_000

    /// The seed every generated value derives from.
    public var seed: UInt64
    /// How many assets the district has, from 0 to ``maximumAssets``.
    public var assets: Int

    /// A district of `assets` assets generated from `seed`. Sizes outside 0…``maximumAssets`` are clamped.
    public init(seed: UInt64 = 1, assets: Int = 600) {
        self.seed = seed
        self.assets = min(max(assets, 0), Self.maximumAssets)
    }

    /// 600 assets, about 450 students, 8 schools' worth of rooms and 30 tickets: quick to build in tests.
    public static let small = IIQSandboxDistrict()

    /// How many schools the district has.
    public var schools: Int { min(40, max(3, assets / 1500 + 3)) }
    /// How many students it has.
    public var students: Int { max(40, assets * 3 / 4) }
    /// How many staff members, agents excluded.
    public var staff: Int { max(8, students / 12) }
    /// How many agents, the administrator the sandbox tokens act as included.
    public var agents: Int { min(25, max(4, staff / 10)) }
    /// How many tickets it starts with.
    public var tickets: Int { max(30, assets / 20) }
}
