/// Asset types, such as Devices: `client.assetTypes`.
///
/// ```swift
/// let devices = try await client.assetTypes.lookup(named: "Devices").unique()
/// for try await asset in client.assets.search(IIQAssetQuery(filters: [.assetType(devices.id)])) { … }
/// ```
public struct IIQAssetTypesAPI: Sendable {
    let client: IIQClient

    static let read = "assets:read"

    /// Every asset type (`GET /assets/types`).
    public func all(options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQAssetType] {
        try await client.items(
            IIQAssetType.self, IIQOperation("assetTypes.all", .get, ["assets", "types"], scope: Self.read),
            options: options)
    }

    /// The asset type with `id` (`GET /assets/types/{id}`).
    public func get(_ id: IIQAssetType.ID, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQAssetType
    {
        try await client.record(
            IIQAssetType.self, id: id.uuid,
            IIQOperation("assetTypes.get", .get, ["assets", "types", id.description], scope: Self.read),
            options: options)
    }

    /// The first asset type named `name`, ignoring case and surrounding spaces; `nil` when none is.
    public func first(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQAssetType?
    {
        NameSearch.first(named: name, in: try await all(options: options)) { [$0.name] }
    }

    /// Every asset type named `name`, and the closest type names when none is. See ``IIQNameLookup``.
    public func lookup(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQNameLookup<IIQAssetType>
    {
        NameSearch.lookup(
            name, entity: "asset type", operation: "assetTypes.lookup", in: try await all(options: options)
        ) {
            [$0.name]
        }
    }
}
