/// Asset models, such as Chromebook 3110: `client.assetModels`.
///
/// ```swift
/// let model = try await client.assetModels.lookup(named: "Chromebook 3110").unique()
/// for try await asset in client.assets.search(IIQAssetQuery(filters: [.model(model.id)])) { … }
/// ```
public struct IIQAssetModelsAPI: Sendable {
    let client: IIQClient

    static let read = "assets:read"

    /// Every model the site uses (`GET /models/all`).
    public func all(options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQAssetModel] {
        try await client.items(
            IIQAssetModel.self, IIQOperation("assetModels.all", .get, ["models", "all"], scope: Self.read),
            options: options)
    }

    /// The model with `id` (`GET /models/{id}`).
    public func get(_ id: IIQAssetModel.ID, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQAssetModel
    {
        try await client.record(
            IIQAssetModel.self, id: id.uuid,
            IIQOperation("assetModels.get", .get, ["models", id.description], scope: Self.read), options: options)
    }

    /// The first model whose name or model name is `name`, ignoring case and surrounding spaces;
    /// `nil` when none is.
    public func first(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQAssetModel?
    {
        NameSearch.first(named: name, in: try await all(options: options)) { [$0.name, $0.modelName] }
    }

    /// Every model named `name`, and the closest model names when none is. See ``IIQNameLookup``.
    public func lookup(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQNameLookup<IIQAssetModel>
    {
        NameSearch.lookup(
            name, entity: "asset model", operation: "assetModels.lookup", in: try await all(options: options)
        ) {
            [$0.name, $0.modelName]
        }
    }
}
