/// The fields an asset text search looks in: the `Search…` flags of IIQ's `SearchAssetsRequest`.
///
/// An empty set sends no flag, so IIQ searches the fields its own search box does.
public struct IIQAssetTextFields: OptionSet, Hashable, Sendable {
    /// The flags, one bit each.
    public let rawValue: Int
    /// Wraps flags.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The asset tag (`SearchAssetTag`).
    public static let tag = Self(rawValue: 1 << 0)
    /// The serial number (`SearchSerial`).
    public static let serial = Self(rawValue: 1 << 1)
    /// The model name (`SearchModelName`).
    public static let model = Self(rawValue: 1 << 2)
    /// The manufacturer name (`SearchManufacturerName`).
    public static let manufacturer = Self(rawValue: 1 << 3)
    /// The owner's name (`SearchOwner`).
    public static let owner = Self(rawValue: 1 << 4)
    /// The room (`SearchRoom`).
    public static let room = Self(rawValue: 1 << 5)
}

/// The body of `POST /assets/search`: the text and, when narrowed, the fields to look in.
struct AssetTextSearchBody: Encodable {
    var query: String
    var fields: IIQAssetTextFields
    var assetType: IIQAssetType.ID?

    enum CodingKeys: String, CodingKey {
        case query = "Query"
        case assetTypeID = "AssetTypeId"
        case tag = "SearchAssetTag"
        case serial = "SearchSerial"
        case model = "SearchModelName"
        case manufacturer = "SearchManufacturerName"
        case owner = "SearchOwner"
        case room = "SearchRoom"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encodeIfPresent(assetType, forKey: .assetTypeID)
        guard !fields.isEmpty else { return }
        let flags: [(IIQAssetTextFields, CodingKeys)] = [
            (.tag, .tag), (.serial, .serial), (.model, .model), (.manufacturer, .manufacturer), (.owner, .owner),
            (.room, .room),
        ]
        for (field, key) in flags { try container.encode(fields.contains(field), forKey: key) }
    }
}

extension IIQAssetsAPI {
    /// Every asset whose tag, serial, name or other fields contain `text`, as the web app's search
    /// box finds them, page by page (`POST /assets/search` with `{Query: text}`).
    ///
    /// ```swift
    /// for try await asset in client.assets.search(text: "5CD12") { … }
    /// for try await asset in client.assets.search(text: "Dell", in: [.manufacturer]) { … }
    /// ```
    ///
    /// - Parameters:
    ///   - text: What to look for; IIQ matches it anywhere in the fields, ignoring case.
    ///   - fields: Where to look; empty (the default) lets IIQ choose, as its search box does.
    ///   - assetType: Only assets of this type (`AssetTypeId`).
    ///   - sort: The order (`$o`, `$d`), such as `.ascending("AssetTag")`.
    ///   - pageSize: Assets per page (`$s`).
    ///   - options: Per-call settings: timeout, retries, product, decoding policy.
    /// - Returns: The matches, decoded like ``search(_:options:)``'s. Safe to retry: it only reads.
    ///   Empty or blank `text` fails the first page with ``IIQError/Code/invalidArgument``, before sending.
    public func search(
        text: String, in fields: IIQAssetTextFields = [], assetType: IIQAssetType.ID? = nil, sort: IIQSort? = nil,
        pageSize: Int = 100, options: IIQRequestOptions = .default
    ) -> IIQPagedSequence<IIQAsset> {
        let operation = IIQOperation("assets.searchText", .post, ["assets", "search"], scope: Self.read)
        do {
            let query = try ArgumentCheck(operation: operation.name).requireText(text, "text")
            return client.paged(
                operation, body: AssetTextSearchBody(query: query, fields: fields, assetType: assetType),
                pageSize: pageSize, sort: sort, maximumPages: IIQPagedSequence<IIQAsset>.defaultMaximumPages,
                options: options)
        } catch {
            return .failing(operation.name, pageSize: pageSize, error)
        }
    }
}

extension IIQPagedSequence {
    /// A walk whose first page throws `error`: for arguments refused before anything is sent.
    static func failing(_ operation: String, pageSize: Int, _ error: IIQError) -> IIQPagedSequence {
        IIQPagedSequence(operation: operation, pageSize: pageSize) { _, _, _ async throws(IIQError) in throw error }
    }
}
