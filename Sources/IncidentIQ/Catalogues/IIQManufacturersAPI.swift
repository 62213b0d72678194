/// Manufacturers, such as Dell or Lenovo: `client.manufacturers`.
///
/// ```swift
/// let dell = try await client.manufacturers.lookup(named: "Dell").unique()
/// for try await asset in client.assets.search(IIQAssetQuery(filters: [.manufacturer(dell.id)])) { … }
/// ```
public struct IIQManufacturersAPI: Sendable {
    let client: IIQClient

    static let read = "assets:read"

    /// Every manufacturer (`GET /manufacturers/global`).
    public func all(options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQManufacturer] {
        try await client.items(
            IIQManufacturer.self,
            IIQOperation("manufacturers.all", .get, ["manufacturers", "global"], scope: Self.read),
            options: options)
    }

    /// The manufacturer with `id` (`GET /manufacturers/{id}`).
    public func get(_ id: IIQManufacturer.ID, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQManufacturer
    {
        try await client.record(
            IIQManufacturer.self, id: id.uuid,
            IIQOperation("manufacturers.get", .get, ["manufacturers", id.description], scope: Self.read),
            options: options)
    }

    /// The first manufacturer named `name`, ignoring case and surrounding spaces; `nil` when none is.
    public func first(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQManufacturer?
    {
        NameSearch.first(named: name, in: try await all(options: options)) { [$0.name] }
    }

    /// Every manufacturer named `name`, and the closest names when none is. See ``IIQNameLookup``.
    public func lookup(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQNameLookup<IIQManufacturer>
    {
        NameSearch.lookup(
            name, entity: "manufacturer", operation: "manufacturers.lookup", in: try await all(options: options)
        ) { [$0.name] }
    }
}
