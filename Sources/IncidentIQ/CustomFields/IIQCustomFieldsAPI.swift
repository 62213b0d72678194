/// Custom fields: `client.customFields`. What fields assets, tickets and users have, the values of
/// one record, and writing values.
///
/// ```swift
/// let fields = try await client.customFields.definitions(for: .asset)
/// let asset = try await client.assets.get(id)
/// print(asset.customFields(using: fields)["Grade Level"]?.text ?? "unset")
///
/// let grade = try #require(fields["Grade Level"])
/// try await client.customFields.set(grade, to: "8", on: .asset(asset.id))
/// ```
///
/// Reads are safe to retry. Writes are sent once: IIQ runs its update rules (and may send emails)
/// on each write, so a repeat is not harmless. To retry one anyway, pass
/// ``IIQRequestOptions/retriesUnsafeOperation``.
public struct IIQCustomFieldsAPI: Sendable {
    let client: IIQClient

    // MARK: Definitions

    /// The custom fields of assets, tickets or users, with their types: names, editors, options
    /// (`POST /custom-fields` with `SiteScope: Aggregate` and the entity's `Strategy`, such as
    /// `AggregateAsset`; every page is read).
    ///
    /// Safe to retry: it only reads.
    public func definitions(for entity: IIQCustomFieldEntity, options: IIQRequestOptions = .default)
        async throws(IIQError) -> IIQCustomFieldDefinitions
    {
        struct Body: Encodable {
            var siteScope = "Aggregate"
            var strategy: String
            enum CodingKeys: String, CodingKey {
                case siteScope = "SiteScope"
                case strategy = "Strategy"
            }
        }
        let operation = IIQOperation(
            "customFields.definitions", .post, ["custom-fields"], scope: entity.scopeFamily + ":read")
        let fields: IIQPagedSequence<IIQCustomField> = client.paged(
            operation, body: Body(strategy: entity.strategy), pageSize: 1000, sort: nil,
            maximumPages: IIQPagedSequence<IIQCustomField>.defaultMaximumPages, options: options)
        return IIQCustomFieldDefinitions(entity: entity, fields: try await fields.all())
    }

    /// Every custom field type of the site, whatever it is placed on (`GET /custom-fields/types`).
    ///
    /// Safe to retry: it only reads.
    public func types(options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQCustomFieldType] {
        try await client.items(
            IIQCustomFieldType.self, Self.read("customFields.types", ["custom-fields", "types"]), options: options)
    }

    /// The custom field type with `id` (`GET /custom-fields/types/{id}`).
    ///
    /// Safe to retry: it only reads.
    public func type(_ id: IIQCustomFieldType.ID, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQCustomFieldType
    {
        try await client.record(
            IIQCustomFieldType.self, id: id.uuid,
            Self.read("customFields.type", ["custom-fields", "types", id.description]), options: options)
    }

    // MARK: Values

    /// The custom field values of one asset, ticket or user
    /// (`GET /custom-fields/values/for/{asset|ticket|user}/{id}`).
    ///
    /// Complex values are kept whole in ``IIQCustomFieldValue/complexValue``. Safe to retry: it only reads.
    public func values(of target: IIQCustomFieldTarget, options: IIQRequestOptions = .default) async throws(IIQError)
        -> [IIQCustomFieldValue]
    {
        let entity = target.entity
        return try await client.items(
            IIQCustomFieldValue.self,
            IIQOperation(
                "customFields.values", .get,
                ["custom-fields", "values", "for", entity.rawValue, target.uuid.uuidString.lowercased()],
                scope: entity.scopeFamily + ":read"),
            options: options)
    }

    /// Writes custom field values to one asset, ticket or user. Fields not in `values` keep their values.
    ///
    /// - An asset: `POST /assets/{id}` with `CustomFieldValues` and `UpdateCustomFields: true`, as
    ///   ``IIQAssetsAPI/update(_:with:options:)`` sends it (the tag and serial are re-sent, read first).
    /// - A ticket: `POST /tickets/{id}/custom-fields` with the values as an array.
    /// - A user: `POST /users/{id}` with `CustomFieldValues` and `UpdateCustomFields: true`.
    ///
    /// Each value's `AssetId`, `TicketId` or `UserId` is set to the target's id. Sent once, never
    /// retried: each write runs IIQ's update rules, which can change other fields, send emails and
    /// log an activity, so a repeat is not harmless even though the values end the same.
    ///
    /// - Throws: ``IIQError/Code/invalidArgument`` before sending when `values` is empty or a value
    ///   has no `CustomFieldTypeId`.
    public func set(
        _ values: [IIQCustomFieldValue], on target: IIQCustomFieldTarget, options: IIQRequestOptions = .default
    )
        async throws(IIQError)
    {
        let check = ArgumentCheck(operation: "customFields.set")
        guard !values.isEmpty else {
            throw .invalidArgument(
                IIQArgumentIssue(operation: check.operation, argument: "values", reason: "must not be empty."))
        }
        var owned = values
        for index in owned.indices {
            guard owned[index].customFieldTypeID != nil else {
                throw .invalidArgument(
                    IIQArgumentIssue(
                        operation: check.operation, argument: "values[\(index)]", reason: "has no CustomFieldTypeId."))
            }
            switch target {
            case .asset(let id): owned[index].assetID = id
            case .ticket(let id): owned[index].ticketID = id
            case .user(let id): owned[index].userID = id
            }
        }
        switch target {
        case .asset(let id):
            var update = IIQAssetUpdate()
            update.customFieldValues = owned
            _ = try await client.assets.update(id, with: update, options: options)
        case .user(let id):
            var update = IIQUserUpdate()
            update.customFieldValues = owned
            _ = try await client.users.update(id, with: update, options: options)
        case .ticket(let id):
            let operation = try IIQOperation(
                "customFields.setTicketValues", .post, ["tickets", id.description, "custom-fields"],
                scope: "tickets:write"
            ).with(body: owned)
            try await client.action(operation, options: options)
        }
    }

    /// Writes one field's value to one asset, ticket or user; see ``set(_:on:options:)``.
    ///
    /// ```swift
    /// try await client.customFields.set(fields["Grade Level"]!, to: "8", on: .asset(asset.id))
    /// ```
    ///
    /// `nil` clears the value. Sent once, never retried.
    public func set(
        _ field: IIQCustomField, to text: String?, on target: IIQCustomFieldTarget,
        options: IIQRequestOptions = .default
    ) async throws(IIQError) {
        guard let key = field.valueKey else {
            throw .invalidArgument(
                IIQArgumentIssue(operation: "customFields.set", argument: "field", reason: "has no CustomFieldTypeId."))
        }
        try await set([IIQCustomFieldValue(typeID: key, text: text)], on: target, options: options)
    }
}

extension IIQCustomFieldsAPI {
    /// A `GET` of the site's custom field types: no one token scope covers them, so the operation
    /// names none, and it is marked safe to retry because it only reads.
    fileprivate static func read(_ name: String, _ path: [String]) -> IIQOperation {
        var operation = IIQOperation(name, .get, path)
        operation.isRetrySafe = true
        return operation
    }
}
