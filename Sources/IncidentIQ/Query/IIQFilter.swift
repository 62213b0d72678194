import Foundation

/// One entry of IIQ's `Filters` array (`FilterMatch`): a facet with an id or a value.
///
/// Filters on the same facet are OR'ed; different facets are AND'ed. ``inGroup(_:)`` sets
/// `GroupIndex` for IIQ's AND/OR groups, and ``negated()`` sets `Negative`.
///
/// ```swift
/// client.tickets.search(.open, filters: [.location(school.id), .agent(me).negated()])
/// ```
///
/// The static functions cover the facets integrations use; ``init(facet:id:value:isNegated:groupIndex:isSelected:)``
/// is the escape hatch for any other.
public struct IIQFilter: Hashable, Sendable, Encodable {
    /// The facet name, such as `location`. IIQ compares facet names case-insensitively.
    public var facet: String
    /// The id to match, for id facets.
    public var id: UUID?
    /// The value to match, for value facets such as `ticketnumber` or `createddate`.
    public var value: String?
    /// Whether the filter excludes what it matches (`Negative`).
    public var isNegated: Bool
    /// The AND/OR group the filter belongs to (`GroupIndex`).
    public var groupIndex: Int
    /// `Selected`, which some facets (`view`) need.
    public var isSelected: Bool?

    /// Creates a filter on any facet.
    public init(
        facet: String, id: UUID? = nil, value: String? = nil, isNegated: Bool = false, groupIndex: Int = 0,
        isSelected: Bool? = nil
    ) {
        self.facet = facet
        self.id = id
        self.value = value
        self.isNegated = isNegated
        self.groupIndex = groupIndex
        self.isSelected = isSelected
    }

    /// The same filter, excluding what it matches.
    public func negated() -> IIQFilter {
        var copy = self
        copy.isNegated.toggle()
        return copy
    }

    /// The same filter in AND/OR group `index`.
    public func inGroup(_ index: Int) -> IIQFilter {
        var copy = self
        copy.groupIndex = index
        return copy
    }

    enum CodingKeys: String, CodingKey {
        case facet = "Facet"
        case id = "Id"
        case value = "Value"
        case isNegated = "Negative"
        case groupIndex = "GroupIndex"
        case isSelected = "Selected"
    }

    /// Writes the facet, `Negative` and `GroupIndex`, and `Id`, `Value` and `Selected` when set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(facet, forKey: .facet)
        try container.encodeIfPresent(id.map { $0.uuidString.lowercased() }, forKey: .id)
        try container.encodeIfPresent(value, forKey: .value)
        try container.encode(isNegated, forKey: .isNegated)
        try container.encode(groupIndex, forKey: .groupIndex)
        try container.encodeIfPresent(isSelected, forKey: .isSelected)
    }
}
