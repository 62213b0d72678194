/// The order of a search: `$o` names the field and `$d` the direction.
///
/// ```swift
/// IIQAssetQuery(sort: .descending("ModifiedDate"))
/// ```
public struct IIQSort: Hashable, Sendable {
    /// A sort direction, sent as `$d`.
    public enum Direction: String, Hashable, Sendable {
        /// `Ascending`.
        case ascending = "Ascending"
        /// `Descending`.
        case descending = "Descending"
    }

    /// The field, such as `TicketCreatedDate`, `AssetTag` or `FullName`.
    public var field: String
    /// Whether the results run ascending or descending.
    public var direction: Direction

    /// Creates a sort.
    public init(field: String, direction: Direction = .ascending) {
        self.field = field
        self.direction = direction
    }

    /// Ascending by `field`.
    public static func ascending(_ field: String) -> IIQSort { IIQSort(field: field, direction: .ascending) }
    /// Descending by `field`.
    public static func descending(_ field: String) -> IIQSort { IIQSort(field: field, direction: .descending) }

    var queryItems: [(name: String, value: String)] { [("$o", field), ("$d", direction.rawValue)] }
}
