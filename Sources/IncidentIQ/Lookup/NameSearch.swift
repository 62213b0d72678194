/// The name lookups every catalogue namespace shares, over a paged walk or a whole list.
enum NameSearch {
    /// The first entry of `sequence` named `name`; the walk stops there.
    static func first<Entry>(
        named name: String, in sequence: IIQPagedSequence<Entry>, names: (Entry) -> [String?]
    ) async throws(IIQError) -> Entry? {
        let key = NameMatcher.key(name)
        for try await entry in sequence where names(entry).contains(where: { $0.map(NameMatcher.key) == key }) {
            return entry
        }
        return nil
    }

    /// The first of `entries` named `name`.
    static func first<Entry>(named name: String, in entries: [Entry], names: (Entry) -> [String?]) -> Entry? {
        let key = NameMatcher.key(name)
        return entries.first { names($0).contains { $0.map(NameMatcher.key) == key } }
    }

    /// Every entry of `sequence` named `name`, and the closest names on a miss, from one full walk.
    static func lookup<Entry>(
        _ name: String, entity: String, operation: String, in sequence: IIQPagedSequence<Entry>,
        names: (Entry) -> [String?]
    ) async throws(IIQError) -> IIQNameLookup<Entry> {
        var matcher = NameMatcher(name)
        var matches: [Entry] = []
        for try await entry in sequence where matcher.consider(names(entry)) { matches.append(entry) }
        return IIQNameLookup(
            name: name, entity: entity, matches: matches, closestNames: matcher.closestNames(if: matches.isEmpty),
            operation: operation)
    }

    /// Every one of `entries` named `name`, and the closest names on a miss.
    static func lookup<Entry>(
        _ name: String, entity: String, operation: String, in entries: [Entry], names: (Entry) -> [String?]
    ) -> IIQNameLookup<Entry> {
        var matcher = NameMatcher(name)
        let matches = entries.filter { matcher.consider(names($0)) }
        return IIQNameLookup(
            name: name, entity: entity, matches: matches, closestNames: matcher.closestNames(if: matches.isEmpty),
            operation: operation)
    }
}
