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
/// ticket per twenty assets. Set `users` to size the people apart from the assets, as a district
/// with fewer devices than students is:
///
/// ```swift
/// let district = IIQSandboxDistrict(seed: 7, assets: 50_000, users: 20_000)
/// ```
public struct IIQSandboxDistrict: Sendable, Hashable {
    /// The most assets a district can have.
    public static let maximumAssets = 200_000
    /// The most users a district can have when ``users`` sets them.
    public static let maximumUsers = 300_000

    /// The seed every generated value derives from.
    public var seed: UInt64
    /// How many assets the district has, from 0 to ``maximumAssets``; a value outside is clamped.
    public var assets: Int {
        didSet { assets = Self.clamped(assets: assets) }
    }
    /// How many users the district has, agents and staff included, when set (60 to ``maximumUsers``;
    /// a value outside is clamped); nil sizes them from the assets.
    public var users: Int? {
        didSet { users = Self.clamped(users: users) }
    }

    /// A district of `assets` assets generated from `seed`, with `users` users when set. Sizes
    /// outside their ranges are clamped.
    public init(seed: UInt64 = 1, assets: Int = 600, users: Int? = nil) {
        self.seed = seed
        self.assets = Self.clamped(assets: assets)
        self.users = Self.clamped(users: users)
    }

    private static func clamped(assets: Int) -> Int { min(max(assets, 0), maximumAssets) }
    private static func clamped(users: Int?) -> Int? { users.map { min(max($0, 60), maximumUsers) } }

    /// 600 assets, about 450 students, 8 schools' worth of rooms and 30 tickets: quick to build in tests.
    public static let small = IIQSandboxDistrict()

    /// How many schools the district has.
    public var schools: Int { min(40, max(3, assets / 1500 + 3)) }
    /// How many students it has: three for every four assets, or the ``users`` that are not staff
    /// or agents.
    public var students: Int {
        if let users { return users - staff - agents }
        return max(40, assets * 3 / 4)
    }
    /// How many staff members, agents excluded: one per twelve students (one in thirteen users).
    public var staff: Int {
        if let users { return max(8, users / 13) }
        return max(8, students / 12)
    }
    /// How many agents, the administrator the sandbox tokens act as included.
    public var agents: Int { min(25, max(4, staff / 10)) }
    /// How many tickets it starts with.
    public var tickets: Int { max(30, assets / 20) }
}
