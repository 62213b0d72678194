import Foundation

/// The answer to "which entry is called this?": every entry with that name, and, when none is,
/// the closest names the catalogue knows.
///
/// Every catalogue namespace answers `lookup(named:)` with one, after a single walk of its listing:
///
/// ```swift
/// let found = try await client.teams.lookup(named: "Teir 1")
/// if let team = found.first {
///     try await client.tickets.assign(ticketID, to: .team(team.id))
/// } else {
///     print("No team is named \"\(found.name)\". Closest: \(found.closestNames.joined(separator: ", "))")
/// }
/// ```
///
/// Names match as people type them: case is ignored, and so is white space around the name.
/// ``unique()`` turns a miss or an ambiguous name into a typed error whose text lists the candidates.
public struct IIQNameLookup<Entry: Sendable>: Sendable {
    /// The name that was asked for, as given.
    public let name: String
    /// What the catalogue holds, such as `team` or `issue`; used in the error text.
    public let entity: String
    /// Every entry whose name is ``name``, ignoring case and surrounding white space, in the order
    /// IIQ listed them. More than one when IIQ holds duplicates, such as the same issue name in two
    /// categories.
    public let matches: [Entry]
    /// When nothing matches: up to five known names closest to ``name``, closest first. Names that
    /// contain the text asked for, or that it contains, come before names that only look alike.
    /// Empty when something matches, or when the catalogue is empty.
    public let closestNames: [String]
    /// The operation errors name, such as `teams.lookup`.
    let operation: String

    /// Looks `name` up among `entries`, each known by the names `names` gives (a location by its
    /// name and its abbreviation, a status by its status and step names).
    ///
    /// Use it for any list the SDK returns whole, such as ``IIQTicketsAPI/statuses(options:)``:
    ///
    /// ```swift
    /// let statuses = try await client.tickets.statuses()
    /// let resolved = IIQNameLookup("resolved", entity: "status", in: statuses) { [$0.statusName, $0.stepName] }
    /// ```
    public init(
        _ name: String, entity: String, in entries: some Sequence<Entry>, names: (Entry) -> [String?]
    ) {
        var matcher = NameMatcher(name)
        var matches: [Entry] = []
        for entry in entries where matcher.consider(names(entry)) { matches.append(entry) }
        self.init(
            name: name, entity: entity, matches: matches, closestNames: matcher.closestNames(if: matches.isEmpty),
            operation: "\(entity).lookup")
    }

    init(name: String, entity: String, matches: [Entry], closestNames: [String], operation: String) {
        self.name = name
        self.entity = entity
        self.matches = matches
        self.closestNames = closestNames
        self.operation = operation
    }

    /// The first entry with the name, or `nil` when none has it.
    public var first: Entry? { matches.first }

    /// Whether more than one entry has the name.
    public var isAmbiguous: Bool { matches.count > 1 }

    /// The one entry with the name.
    ///
    /// - Throws: ``IIQError/Code/invalidArgument``, naming the `name` argument, when no entry has the
    ///   name (the reason lists ``closestNames``) or when several do (the reason says how many).
    ///   Nothing is sent: the lookup has already run.
    public func unique() throws(IIQError) -> Entry {
        if matches.count == 1, let entry = matches.first { return entry }
        throw .invalidArgument(IIQArgumentIssue(operation: operation, argument: "name", reason: reason))
    }

    /// Why ``unique()`` failed, in words a person can act on.
    var reason: String {
        let quoted = "\"\(name.trimmingCharacters(in: .whitespacesAndNewlines))\""
        if matches.count > 1 {
            return "\(quoted) names \(matches.count) \(entity) entries; pick one from the lookup's matches."
        }
        guard !closestNames.isEmpty else { return "\(quoted) names no \(entity); none is known." }
        return "\(quoted) names no \(entity). Closest: " + closestNames.map { "\"\($0)\"" }.joined(separator: ", ")
            + "."
    }
}

extension IIQNameLookup: CustomStringConvertible {
    /// `2 matches for "Broken Screen"`, or the miss with its closest names.
    public var description: String {
        matches.isEmpty
            ? reason
            : "\(matches.count) \(matches.count == 1 ? "match" : "matches") for \"\(name)\" among \(entity) entries"
    }
}
