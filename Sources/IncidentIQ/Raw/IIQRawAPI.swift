import Foundation

/// Any Incident IQ route, modelled or not: `client.raw`.
///
/// ```swift
/// // The answer as JSON:
/// let types = try await client.raw.get(["custom-fields", "types"], safeToRetry: true)
/// // The answer as your own type:
/// let sla = try await client.raw.get(["tickets", ticketID.description, "sla"], as: TicketSLA.self)
/// // A list route, page by page with $s and $p:
/// for try await room in client.raw.pages(.get(["locations", "rooms"], safeToRetry: true), of: Room.self) { … }
/// ```
///
/// A raw call is an ordinary call of the client: the same configuration, headers (`Authorization`,
/// `SiteId`, `Client`, `ProductId`), pacing, redirects, timeout, deadline, typed ``IIQError``s and
/// redaction as `client.tickets` or `client.assets`. Only two things differ:
/// - **Retries are off unless you say so.** The SDK cannot know whether an unmodelled route only
///   reads; pass `safeToRetry: true` for reads and searches.
/// - **Your types are decoded with Foundation's `JSONDecoder`**, which is safe for any `Decodable`.
///   IIQ timestamps decode into `Date`. The SDK's faster decoder is kept for its own models.
///
/// The answer is the whole response body: `Item`, `Items`, `Paging` and the bookkeeping keys
/// included. A 200 whose body carries IIQ's `Errors` or `ErrorKey` throws code ``IIQError/Code/apiError``.
/// See <doc:CallingAnyRoute>.
public struct IIQRawAPI: Sendable {
    let client: IIQClient

    /// Sends `request` and decodes the whole response body as `type`; ``IIQJSONValue`` by default.
    ///
    /// - Throws: ``IIQError``, as any call: the status mapped to its case, code ``IIQError/Code/decoding``
    ///   when the body does not fit `type`, code ``IIQError/Code/invalidArgument`` for a body that could not
    ///   be encoded or an empty path segment.
    public func send<Response: Decodable>(
        _ request: IIQRawRequest, as type: Response.Type = IIQJSONValue.self, options: IIQRequestOptions = .default
    ) async throws(IIQError) -> Response {
        let operation = try request.operation()
        let response = try await client.send(operation, options: options)
        return try client.decodeReporting(RawEnvelope<Response>.self, from: response, of: operation, options: options)
            .0.body
    }

    /// `GET path`, decoded as `type`.
    public func get<Response: Decodable>(
        _ path: IIQRawPath, query: KeyValuePairs<String, String> = [:], safeToRetry: Bool = false,
        as type: Response.Type = IIQJSONValue.self, options: IIQRequestOptions = .default
    ) async throws(IIQError) -> Response {
        try await send(.get(path, query: query, safeToRetry: safeToRetry), as: type, options: options)
    }

    /// `POST path` with an optional JSON `body`, decoded as `type`.
    public func post<Response: Decodable>(
        _ path: IIQRawPath, query: KeyValuePairs<String, String> = [:], body: (any Encodable)? = nil,
        safeToRetry: Bool = false, as type: Response.Type = IIQJSONValue.self, options: IIQRequestOptions = .default
    ) async throws(IIQError) -> Response {
        try await send(.post(path, query: query, body: body, safeToRetry: safeToRetry), as: type, options: options)
    }

    /// `PUT path` with an optional JSON `body`, decoded as `type`.
    public func put<Response: Decodable>(
        _ path: IIQRawPath, query: KeyValuePairs<String, String> = [:], body: (any Encodable)? = nil,
        safeToRetry: Bool = false, as type: Response.Type = IIQJSONValue.self, options: IIQRequestOptions = .default
    ) async throws(IIQError) -> Response {
        try await send(.put(path, query: query, body: body, safeToRetry: safeToRetry), as: type, options: options)
    }

    /// `DELETE path` with an optional JSON `body`, decoded as `type`.
    public func delete<Response: Decodable>(
        _ path: IIQRawPath, query: KeyValuePairs<String, String> = [:], body: (any Encodable)? = nil,
        safeToRetry: Bool = false, as type: Response.Type = IIQJSONValue.self, options: IIQRequestOptions = .default
    ) async throws(IIQError) -> Response {
        try await send(.delete(path, query: query, body: body, safeToRetry: safeToRetry), as: type, options: options)
    }

    /// Every item of a list or search route, page by page, as the modelled searches walk them.
    ///
    /// Each page sends `request` with `$s` (`pageSize`) and `$p` (the zero-based page index) added to
    /// its query (any `$s` or `$p` of its own is replaced) and reads `Items` and `Paging` from the
    /// answer. The walk stops, prefetches, skips bad records and guards against a server that
    /// ignores `$p` exactly as ``IIQPagedSequence`` does for `client.assets.search`.
    ///
    /// ```swift
    /// struct Room: Decodable, Hashable, Sendable { var LocationRoomId: UUID; var Name: String? }
    /// for try await room in client.raw.pages(.get(["locations", "rooms"], safeToRetry: true), of: Room.self) {
    ///     print(room.Name ?? "")
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - request: The route, its query and body; declare a search `safeToRetry` so its pages are retried.
    ///   - type: The type of one item of `Items`; ``IIQJSONValue`` by default.
    ///   - pageSize: `$s`; 100 by default.
    ///   - maximumPages: The most pages one walk asks for.
    ///   - options: Settings for every page's request.
    public func pages<Item: Decodable & Sendable & Hashable>(
        _ request: IIQRawRequest, of type: Item.Type = IIQJSONValue.self, pageSize: Int = 100,
        maximumPages: Int = IIQPagedSequence<Item>.defaultMaximumPages, options: IIQRequestOptions = .default
    ) -> IIQPagedSequence<Item> {
        var request = request
        request.query.removeAll { ["$s", "$p"].contains($0.name.lowercased()) }
        do {
            return client.paged(
                try request.operation(), pageSize: pageSize, sort: nil, maximumPages: maximumPages, options: options)
        } catch {
            return IIQPagedSequence(operation: "raw", pageSize: pageSize) { _, _, _ async throws(IIQError) in
                throw error
            }
        }
    }
}

extension IIQClient {
    /// Any route, including those the SDK does not model: `/services/…`, `/apps/…`, `/api/v2.0/…`
    /// and the rest of IIQ's published spec. See ``IIQRawAPI`` and <doc:CallingAnyRoute>.
    public var raw: IIQRawAPI { IIQRawAPI(client: self) }
}
