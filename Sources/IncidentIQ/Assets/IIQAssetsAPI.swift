/// Assets: `client.assets`.
///
/// ```swift
/// let matches = try await client.assets.withSerial("5CD1234XYZ")
/// for try await asset in client.assets.search(IIQAssetQuery(filters: [.location(school)])) { … }
/// try await client.assets.setOwner(of: asset.id, to: student)
/// ```
public struct IIQAssetsAPI: Sendable {
    let client: IIQClient

    static let read = "assets:read"
    static let write = "assets:write"

    // MARK: Searching

    /// Every asset the query matches, page by page (`POST /assets` with a `GetAssetsRequest`).
    public func search(_ query: IIQAssetQuery = IIQAssetQuery(), options: IIQRequestOptions = .default)
        -> IIQPagedSequence<IIQAsset>
    {
        client.paged(
            IIQOperation("assets.search", .post, ["assets"], scope: Self.read), body: query.body,
            pageSize: query.pageSize, sort: query.sort, maximumPages: query.maximumPages, options: options)
    }

    /// Every asset the filters match, page by page.
    public func search(filters: [IIQFilter], sort: IIQSort? = nil, options: IIQRequestOptions = .default)
        -> IIQPagedSequence<IIQAsset>
    {
        search(IIQAssetQuery(filters: filters, sort: sort), options: options)
    }

    /// How many assets the query matches (`POST /assets/count`), without fetching them.
    public func count(_ query: IIQAssetQuery = IIQAssetQuery(), options: IIQRequestOptions = .default)
        async throws(IIQError) -> Int
    {
        let operation = try IIQOperation("assets.count", .post, ["assets", "count"], scope: Self.read)
            .with(body: query.body)
        let envelope = try await client.page(IIQAsset.self, operation, options: options)
        return envelope.paging?.totalRows ?? envelope.itemCount ?? envelope.items.count
    }

    // MARK: Looking up

    /// The asset with `id` (`GET /assets/{id}`).
    public func get(_ id: IIQAsset.ID, options: IIQRequestOptions = .default) async throws(IIQError) -> IIQAsset {
        try await client.record(
            IIQAsset.self, id: id.uuid, IIQOperation("assets.get", .get, ["assets", id.description], scope: Self.read),
            options: options)
    }

    /// The assets whose tag is exactly `tag` (`GET /assets/assettag/{tag}`); usually one, empty when none.
    public func withTag(_ tag: String, options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQAsset] {
        try await lookUp("assets.withTag", ["assets", "assettag", tag], tag, options)
    }

    /// The assets whose tag contains `text`, ignoring case (`GET /assets/assettag/search/{text}`).
    public func withTag(containing text: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> [IIQAsset]
    {
        try await lookUp("assets.withTagContaining", ["assets", "assettag", "search", text], text, options)
    }

    /// The assets whose serial number is exactly `serial` (`GET /assets/serial/{serial}`).
    public func withSerial(_ serial: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> [IIQAsset]
    {
        try await lookUp("assets.withSerial", ["assets", "serial", serial], serial, options)
    }

    /// The assets whose serial number contains `text` (`GET /assets/serial/search/{text}`).
    public func withSerial(containing text: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> [IIQAsset]
    {
        try await lookUp("assets.withSerialContaining", ["assets", "serial", "search", text], text, options)
    }

    /// The assets assigned to a user (`GET /assets/for/{userId}`).
    public func assigned(to user: IIQUser.ID, options: IIQRequestOptions = .default) async throws(IIQError)
        -> [IIQAsset]
    {
        try await client.items(
            IIQAsset.self,
            IIQOperation("assets.assignedTo", .get, ["assets", "for", user.description], scope: Self.read),
            options: options)
    }

    /// The assets in a room (`GET /assets/rooms/{roomId}`).
    public func inRoom(_ room: IIQRoom.ID, options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQAsset] {
        try await client.items(
            IIQAsset.self,
            IIQOperation("assets.inRoom", .get, ["assets", "rooms", room.description], scope: Self.read),
            options: options)
    }

    /// The asset status catalogue (`GET /assets/status/types`).
    public func statusTypes(options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQAssetStatus] {
        try await client.items(
            IIQAssetStatus.self,
            IIQOperation("assets.statusTypes", .get, ["assets", "status", "types"], scope: Self.read), options: options)
    }

    // MARK: Writing

    /// Changes an asset (`POST /assets/{id}` with `ApiFlags: OnlySetMappedProperties`), sending only
    /// what `update` sets plus `AssetTag` and `SerialNumber`.
    ///
    /// IIQ can blank the serial number when it is not sent. When `update` leaves the tag or serial unset,
    /// the SDK reads the asset first (one extra `GET`) and re-sends the current values.
    public func update(_ id: IIQAsset.ID, with update: IIQAssetUpdate, options: IIQRequestOptions = .default)
        async throws(IIQError) -> IIQAsset
    {
        var update = update
        if update.assetTag == nil || update.serialNumber == nil {
            let current = try await get(id, options: options)
            update.assetTag = update.assetTag ?? current.assetTag
            update.serialNumber = update.serialNumber ?? current.serialNumber
        }
        var operation = try IIQOperation("assets.update", .post, ["assets", id.description], scope: Self.write)
            .with(body: IdentifiedBody(idKey: "AssetId", id: id, update: update))
        operation.extraHeaders = [("ApiFlags", "OnlySetMappedProperties")]
        return try await client.item(IIQAsset.self, operation, options: options)
    }

    /// Assigns an asset to a user (`POST /assets/{id}/owner`).
    public func setOwner(of asset: IIQAsset.ID, to owner: IIQUser.ID, options: IIQRequestOptions = .default)
        async throws(IIQError)
    {
        struct Body: Encodable {
            var ownerID: IIQUser.ID
            enum CodingKeys: String, CodingKey { case ownerID = "OwnerId" }
        }
        let operation = try IIQOperation(
            "assets.setOwner", .post, ["assets", asset.description, "owner"], scope: Self.write
        )
        .with(body: Body(ownerID: owner))
        try await client.action(operation, options: options)
    }

    private func lookUp(_ name: String, _ path: [String], _ argument: String, _ options: IIQRequestOptions)
        async throws(IIQError) -> [IIQAsset]
    {
        _ = try ArgumentCheck(operation: name).requireText(argument, "search text")
        return try await client.items(IIQAsset.self, IIQOperation(name, .get, path, scope: Self.read), options: options)
    }
}
