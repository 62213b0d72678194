/// Compares names as people type them, and ranks the names that did not match by closeness.
///
/// Cost stays linear in the catalogue: each name is compared once, on at most
/// ``comparedLength`` characters, and only the best ``suggestionLimit`` candidates are kept.
struct NameMatcher {
    /// How many close names a miss reports.
    static let suggestionLimit = 5
    /// Characters of each name that closeness looks at; names from the network can be any length.
    static let comparedLength = 64

    private let wanted: [Character]
    private let wantedKey: String
    private var seen: Set<String> = []
    /// The best candidates so far, kept sorted, never more than ``suggestionLimit``.
    private var best: [(rank: Rank, name: String)] = []

    init(_ name: String) {
        wantedKey = Self.key(name)
        wanted = Array(wantedKey.prefix(Self.comparedLength))
    }

    /// The form names are compared in: trimmed, lowercased.
    static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Whether one of `names` is the wanted name; the others are remembered for ``closestNames(if:)``.
    mutating func consider(_ names: [String?]) -> Bool {
        var matched = false
        for case let name? in names {
            let key = Self.key(name)
            if key == wantedKey {
                matched = true
            } else if !key.isEmpty, seen.insert(key).inserted {
                remember(name.trimmingCharacters(in: .whitespacesAndNewlines), key: key)
            }
        }
        return matched
    }

    /// The closest names, best first, when `wanted` is true; otherwise none.
    func closestNames(if wanted: Bool) -> [String] {
        wanted ? best.map(\.name) : []
    }

    /// Closeness: containment first, then edit distance, then the shorter name, then alphabetical.
    struct Rank: Comparable {
        var tier: Int
        var distance: Int
        var length: Int
        var key: String

        static func < (left: Rank, right: Rank) -> Bool {
            (left.tier, left.distance, left.length, left.key) < (right.tier, right.distance, right.length, right.key)
        }
    }

    private mutating func remember(_ name: String, key: String) {
        let candidate = Array(key.prefix(Self.comparedLength))
        let contains = !wantedKey.isEmpty && (key.contains(wantedKey) || wantedKey.contains(key))
        let rank = Rank(
            tier: contains ? 0 : 1, distance: Self.distance(wanted, candidate), length: candidate.count, key: key)
        if best.count == Self.suggestionLimit, let last = best.last, !(rank < last.rank) { return }
        let position = best.firstIndex { rank < $0.rank } ?? best.endIndex
        best.insert((rank, name), at: position)
        if best.count > Self.suggestionLimit { best.removeLast() }
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbours cost one each, so "Teir 1" is one edit from "Tier 1".
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
