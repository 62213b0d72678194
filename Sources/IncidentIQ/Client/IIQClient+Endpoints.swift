extension IIQClient {
    /// Tickets: search, read, create, comment, assign, close. See ``IIQTicketsAPI``.
    public var tickets: IIQTicketsAPI { IIQTicketsAPI(client: self) }
    /// Assets: search, look up by tag or serial, update, set owners. See ``IIQAssetsAPI``.
    public var assets: IIQAssetsAPI { IIQAssetsAPI(client: self) }
    /// Users: search, read, update, create local users, agents. See ``IIQUsersAPI``.
    public var users: IIQUsersAPI { IIQUsersAPI(client: self) }
    /// Locations and their rooms. See ``IIQLocationsAPI``.
    public var locations: IIQLocationsAPI { IIQLocationsAPI(client: self) }
    /// Custom fields: definitions, one record's values, writes. See ``IIQCustomFieldsAPI``.
    public var customFields: IIQCustomFieldsAPI { IIQCustomFieldsAPI(client: self) }
}

extension IIQClient {
    /// A lazy walk over a list or search route: each page adds `$s`, `$p` and the sort to `operation`.
    func paged<Item: Decodable & Sendable & Hashable>(
        _ operation: IIQOperation, pageSize: Int, sort: IIQSort?, maximumPages: Int, options: IIQRequestOptions
    ) -> IIQPagedSequence<Item> {
        IIQPagedSequence(
            operation: operation.name, pageSize: pageSize, maximumPages: maximumPages,
            pageConcurrency: pageConcurrency(options)
        ) {
            [self] index, size, slot async throws(IIQError) -> IIQPage<Item> in
            var pageOperation = operation
            pageOperation.query += [("$s", String(size)), ("$p", String(index))] + (sort?.queryItems ?? [])
            return try await self.recordsPage(
                Item.self, pageOperation, pageIndex: index, pageSize: size, options: options, slot: slot)
        }
    }

    /// A walk's page concurrency: the call's, else the client's, never above the client's pacing.
    /// A call's value below 1 is kept, for the walk to refuse before sending anything.
    func pageConcurrency(_ options: IIQRequestOptions) -> Int {
        let requested = options.pageConcurrency ?? configuration.pageConcurrency
        return requested < 1 ? requested : Swift.min(requested, configuration.pacing.maximumInFlight)
    }

    /// A paged search whose body failed to encode: the first page throws the encoding error.
    func paged<Item: Decodable & Sendable & Hashable>(
        _ operation: IIQOperation, body: some Encodable, pageSize: Int, sort: IIQSort?, maximumPages: Int,
        options: IIQRequestOptions
    ) -> IIQPagedSequence<Item> {
        do {
            return paged(
                try operation.with(body: body), pageSize: pageSize, sort: sort, maximumPages: maximumPages,
                options: options)
        } catch {
            return IIQPagedSequence(operation: operation.name, pageSize: pageSize) { _, _, _ async throws(IIQError) in
                throw error
            }
        }
    }

    /// All `Items` of a route that answers in one response, such as a ticket's activities.
    func items<Item: Decodable>(
        _ type: Item.Type, _ operation: IIQOperation, options: IIQRequestOptions
    ) async throws(IIQError) -> [Item] {
        try await records(Item.self, operation, options: options)
    }
}

/// Checks a caller's value before anything is sent.
struct ArgumentCheck {
    let operation: String

    func require<Entity>(_ id: IIQIdentifier<Entity>?, _ argument: String) throws(IIQError) -> IIQIdentifier<Entity> {
        guard let id else {
            throw .invalidArgument(IIQArgumentIssue(operation: operation, argument: argument, reason: "is required."))
        }
        guard !id.isEmpty else {
            throw .invalidArgument(
                IIQArgumentIssue(
                    operation: operation, argument: argument, reason: "is the empty GUID, which IIQ reads as unset."))
        }
        return id
    }

    func requireText(_ text: String?, _ argument: String) throws(IIQError) -> String {
        guard let text, !text.allSatisfy(\.isWhitespace) else {
            throw .invalidArgument(
                IIQArgumentIssue(operation: operation, argument: argument, reason: "must not be empty."))
        }
        return text
    }
}
