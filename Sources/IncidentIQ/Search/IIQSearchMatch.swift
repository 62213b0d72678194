/// One hit of IIQ's global search box (`POST /search/v2`): the record's id and name, and the record
/// itself when IIQ sends it.
///
/// ```swift
/// for try await match in client.users.search(text: "jordan") {
///     print(match.name ?? "", match.id)
///     let user = try await match.item ?? client.users.get(match.id)
/// }
/// ```
///
/// The SDK asks for the matched record (`IncludeMatchedItem: true`) and reads it from
/// `MatchedItem`; ``item`` is `nil` when IIQ leaves it out, and ``id`` is always there (a hit
/// without a readable `Id` is skipped and reported, like any record).
public struct IIQSearchMatch<Entity: Codable & Hashable & Sendable>: Codable, Hashable, Sendable, Identifiable {
    /// The id of the record that matched (`Id`).
    public var id: IIQIdentifier<Entity>
    /// The name the search box shows (`Name`).
    public var name: String?
    /// The record that matched (`MatchedItem`), when IIQ sends it.
    public var item: Entity?

    /// Creates a match.
    public init(id: IIQIdentifier<Entity>, name: String? = nil, item: Entity? = nil) {
        self.id = id
        self.name = name
        self.item = item
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "Id"
        case name = "Name"
        case item = "MatchedItem"
        case unknownFields = "$unknownFields"
    }
}

extension IIQSearchMatch: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}

/// The body of `POST /search/v2`: the text, the facet bitmask (4 users, 8 assets) and whether to
/// include each matched record.
struct GlobalSearchBody: Encodable {
    var query: String
    var facets: Int
    var includeMatchedItem = true

    enum CodingKeys: String, CodingKey {
        case query = "Query"
        case facets = "Facets"
        case includeMatchedItem = "IncludeMatchedItem"
    }

    static let usersFacet = 4
}

extension IIQUsersAPI {
    /// Every user whose name, email, username or school id matches `text`, as the web app's search
    /// box finds them, page by page (`POST /search/v2` with `{Query: text, Facets: 4}`).
    ///
    /// ```swift
    /// for try await match in client.users.search(text: "jordan") { print(match.name ?? "", match.id) }
    /// ```
    ///
    /// Each hit carries the user's id and name, and the user when IIQ sends it; see
    /// ``IIQSearchMatch``. Safe to retry: it only reads. Empty or blank `text` fails the first
    /// page with ``IIQError/Code/invalidArgument``, before sending.
    public func search(text: String, pageSize: Int = 100, options: IIQRequestOptions = .default)
        -> IIQPagedSequence<IIQSearchMatch<IIQUser>>
    {
        let operation = IIQOperation("users.searchText", .post, ["search", "v2"], scope: Self.read)
        do {
            let query = try ArgumentCheck(operation: operation.name).requireText(text, "text")
            return client.paged(
                operation, body: GlobalSearchBody(query: query, facets: GlobalSearchBody.usersFacet),
                pageSize: pageSize, sort: nil,
                maximumPages: IIQPagedSequence<IIQSearchMatch<IIQUser>>.defaultMaximumPages, options: options)
        } catch {
            return .failing(operation.name, pageSize: pageSize, error)
        }
    }
}
