import Foundation

/// The issue catalogue: `client.issues`. What a ticket is about, from its category down to its issue.
///
/// IIQ files issues in a tree: a category (Chromebook) holds issue types (Hardware), which hold
/// issues (Broken Screen). ``IIQNewTicket`` needs the issue's id:
///
/// ```swift
/// let brokenScreen = try await client.issues.lookup(named: "Broken Screen", product: .ticketing).unique()
/// let ticket = try await client.tickets.create(IIQNewTicket(
///     requestor: student, location: school, issue: brokenScreen.id, subject: "Cracked screen"))
/// ```
///
/// Walk the tree from the top with ``categories``, ``types`` and ``all(in:ofType:product:pageSize:options:)``.
public struct IIQIssuesAPI: Sendable {
    let client: IIQClient

    static let read = "tickets:read"

    /// The issue categories. See ``IIQIssueCategoriesAPI``.
    public var categories: IIQIssueCategoriesAPI { IIQIssueCategoriesAPI(client: client) }

    /// The issue types. See ``IIQIssueTypesAPI``.
    public var types: IIQIssueTypesAPI { IIQIssueTypesAPI(client: client) }

    /// The site's issues, page by page (`POST /issues` with a `GetIssuesRequest`).
    ///
    /// - Parameters:
    ///   - product: Only the issues of this product, such as ``IIQProduct/ticketing``; every
    ///     product's issues when `nil`.
    ///   - pageSize: Issues per page (`$s`).
    ///   - options: Per-call settings, such as a deadline.
    public func all(product: IIQProduct? = nil, pageSize: Int = 500, options: IIQRequestOptions = .default)
        -> IIQPagedSequence<IIQIssue>
    {
        search("issues.all", IssuesRequestBody(product: product), pageSize: pageSize, options: options)
    }

    /// The issues of a category, and of one type in it when `type` is given: one branch of the tree
    /// (`POST /issues` with `IssueCategoryIds` and `IssueTypeIds`).
    public func all(
        in category: IIQIssueCategory.ID, ofType type: IIQIssueType.ID? = nil, product: IIQProduct? = nil,
        pageSize: Int = 500, options: IIQRequestOptions = .default
    ) -> IIQPagedSequence<IIQIssue> {
        let body = IssuesRequestBody(product: product, categoryIDs: [category], typeIDs: type.map { [$0] })
        return search("issues.all", body, pageSize: pageSize, options: options)
    }

    /// The issue with `id` (`GET /issues/{id}`).
    public func get(_ id: IIQIssue.ID, options: IIQRequestOptions = .default) async throws(IIQError) -> IIQIssue {
        try await client.record(
            IIQIssue.self, id: id.uuid, IIQOperation("issues.get", .get, ["issues", id.description], scope: Self.read),
            options: options)
    }

    /// The first issue named `name`, ignoring case and surrounding spaces; `nil` when none is.
    ///
    /// Walks ``all(product:pageSize:options:)`` until it finds a match. An issue name can appear
    /// in more than one category or product: pass `product`, or use ``lookup(named:product:options:)``
    /// to see every match.
    public func first(named name: String, product: IIQProduct? = nil, options: IIQRequestOptions = .default)
        async throws(IIQError) -> IIQIssue?
    {
        try await NameSearch.first(named: name, in: all(product: product, options: options)) { [$0.name] }
    }

    /// Every issue named `name`, and the closest issue names when none is, from one walk of
    /// ``all(product:pageSize:options:)``. See ``IIQNameLookup``.
    public func lookup(named name: String, product: IIQProduct? = nil, options: IIQRequestOptions = .default)
        async throws(IIQError) -> IIQNameLookup<IIQIssue>
    {
        try await NameSearch.lookup(
            name, entity: "issue", operation: "issues.lookup", in: all(product: product, options: options)
        ) { [$0.name] }
    }

    private func search(_ name: String, _ body: IssuesRequestBody, pageSize: Int, options: IIQRequestOptions)
        -> IIQPagedSequence<IIQIssue>
    {
        client.paged(
            IIQOperation(name, .post, ["issues"], scope: Self.read), body: body, pageSize: pageSize, sort: nil,
            maximumPages: IIQPagedSequence<IIQIssue>.defaultMaximumPages, options: options)
    }
}

/// Issue categories, the top of the issue tree: `client.issues.categories`.
public struct IIQIssueCategoriesAPI: Sendable {
    let client: IIQClient

    /// Every issue category (`GET /categories/of/issues`).
    public func all(options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQIssueCategory] {
        try await client.items(
            IIQIssueCategory.self,
            IIQOperation("issues.categories", .get, ["categories", "of", "issues"], scope: IIQIssuesAPI.read),
            options: options)
    }

    /// The category with `id` (`GET /categories/{id}`).
    public func get(_ id: IIQIssueCategory.ID, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQIssueCategory
    {
        try await client.record(
            IIQIssueCategory.self, id: id.uuid,
            IIQOperation("issues.categories.get", .get, ["categories", id.description], scope: IIQIssuesAPI.read),
            options: options)
    }

    /// The first category named `name`, ignoring case and surrounding spaces; `nil` when none is.
    public func first(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQIssueCategory?
    {
        NameSearch.first(named: name, in: try await all(options: options)) { [$0.name] }
    }

    /// Every category named `name`, and the closest category names when none is. See ``IIQNameLookup``.
    public func lookup(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQNameLookup<IIQIssueCategory>
    {
        NameSearch.lookup(
            name, entity: "issue category", operation: "issues.categories.lookup", in: try await all(options: options)
        ) { [$0.name] }
    }
}

/// Issue types, the middle of the issue tree: `client.issues.types`.
public struct IIQIssueTypesAPI: Sendable {
    let client: IIQClient

    /// Every issue type the site sees (`POST /issues/types` with a `GetIssueTypesRequest`).
    public func all(options: IIQRequestOptions = .default) async throws(IIQError) -> [IIQIssueType] {
        let operation = try IIQOperation("issues.types", .post, ["issues", "types"], scope: IIQIssuesAPI.read)
            .with(body: IssueTypesRequestBody())
        return try await client.items(IIQIssueType.self, operation, options: options)
    }

    /// The issue types used in a category, in the order its issues list them: the second level
    /// of the tree.
    ///
    /// IIQ's types do not name their category, so this walks the category's issues
    /// (``IIQIssuesAPI/all(in:ofType:product:pageSize:options:)``) for their type ids and reads
    /// the types from ``all(options:)``: two or more requests. A type id that ``all(options:)``
    /// does not list still appears, with only its id set.
    public func all(
        in category: IIQIssueCategory.ID, product: IIQProduct? = nil, options: IIQRequestOptions = .default
    ) async throws(IIQError) -> [IIQIssueType] {
        var order: [IIQIssueType.ID] = []
        var seen: Set<IIQIssueType.ID> = []
        let issues = IIQIssuesAPI(client: client).all(in: category, product: product, options: options)
        for try await issue in issues {
            if let type = issue.issueTypeID, seen.insert(type).inserted { order.append(type) }
        }
        guard !order.isEmpty else { return [] }
        let known = Dictionary(try await all(options: options).map { ($0.id, $0) }) { first, _ in first }
        return order.map { known[$0] ?? IIQIssueType(id: $0) }
    }

    /// The issue type with `id` (`GET /issues/types/{id}`).
    public func get(_ id: IIQIssueType.ID, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQIssueType
    {
        try await client.record(
            IIQIssueType.self, id: id.uuid,
            IIQOperation("issues.types.get", .get, ["issues", "types", id.description], scope: IIQIssuesAPI.read),
            options: options)
    }

    /// The first issue type named `name`, ignoring case and surrounding spaces; `nil` when none is.
    public func first(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQIssueType?
    {
        NameSearch.first(named: name, in: try await all(options: options)) { [$0.name] }
    }

    /// Every issue type named `name`, and the closest type names when none is. See ``IIQNameLookup``.
    public func lookup(named name: String, options: IIQRequestOptions = .default) async throws(IIQError)
        -> IIQNameLookup<IIQIssueType>
    {
        NameSearch.lookup(
            name, entity: "issue type", operation: "issues.types.lookup", in: try await all(options: options)
        ) { [$0.name] }
    }
}
