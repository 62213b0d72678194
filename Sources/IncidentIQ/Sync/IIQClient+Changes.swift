import Foundation

/// The server side of a change walk: the day filter below the checkpoint and the ascending sort.
enum ChangeWalk {
    /// `modifieddate` `date>=` the day before the checkpoint's, so that whatever time zone IIQ
    /// reads the day in, nothing modified at or after the checkpoint is left out; none for a
    /// checkpoint at the beginning.
    static func filters(since checkpoint: IIQSyncCheckpoint) -> [IIQFilter] {
        guard checkpoint.modifiedDate > Date(timeIntervalSince1970: 86_400) else { return [] }
        return [.modified(since: checkpoint.modifiedDate.addingTimeInterval(-86_400))]
    }
}

extension IIQAssetsAPI {
    /// The assets modified at or after `checkpoint`, oldest change first; read
    /// ``IIQChangeSequence/checkpoint`` after the loop to resume from there next time.
    ///
    /// ```swift
    /// let changes = client.assets.changes(since: checkpoint)
    /// for try await asset in changes { try store.upsert(asset) }
    /// checkpoint = changes.checkpoint
    /// ```
    ///
    /// `POST /assets` with a `modifieddate` filter and `$o=ModifiedDate&$d=Ascending`; see
    /// ``IIQChangeSequence`` for how ties, writes during the walk and the checkpoint are handled.
    /// Safe to retry: it only reads.
    ///
    /// - Parameters:
    ///   - checkpoint: Where the last sync ended, or `IIQSyncCheckpoint(since: date)` for a first one.
    ///   - filters: More filters, such as `.location(school)`; they narrow every pass alike.
    ///   - pageSize: Assets per page (`$s`).
    ///   - options: Per-call settings: timeout, retries, product, decoding policy.
    public func changes(
        since checkpoint: IIQSyncCheckpoint, filters: [IIQFilter] = [], pageSize: Int = 500,
        options: IIQRequestOptions = .default
    ) -> IIQChangeSequence<IIQAsset> {
        let query = IIQAssetQuery(
            filters: ChangeWalk.filters(since: checkpoint) + filters, sort: .ascending("ModifiedDate"),
            pageSize: pageSize)
        return IIQChangeSequence(
            operation: "assets.changes", start: checkpoint, walk: { search(query, options: options) },
            key: { ($0.id.uuid, $0.modifiedDate) })
    }
}

extension IIQUsersAPI {
    /// The users modified at or after `checkpoint`, oldest change first; see
    /// ``IIQAssetsAPI/changes(since:filters:pageSize:options:)``.
    ///
    /// `POST /users` with a `modifieddate` filter and `$o=ModifiedDate&$d=Ascending`. Safe to retry:
    /// it only reads. The user sort fields peers use (`FullName`, `Grade`, …) do not include
    /// `ModifiedDate`; a tenant that ignores it returns users in its own order, which the walk
    /// tolerates: it still reads every page and keeps the newest date it saw as the checkpoint.
    public func changes(
        since checkpoint: IIQSyncCheckpoint, filters: [IIQFilter] = [], pageSize: Int = 500,
        options: IIQRequestOptions = .default
    ) -> IIQChangeSequence<IIQUser> {
        let query = IIQUserQuery(
            filters: ChangeWalk.filters(since: checkpoint) + filters, sort: .ascending("ModifiedDate"),
            pageSize: pageSize)
        return IIQChangeSequence(
            operation: "users.changes", start: checkpoint, walk: { search(query, options: options) },
            key: { ($0.id.uuid, $0.modifiedDate) })
    }
}

extension IIQTicketsAPI {
    /// The tickets modified at or after `checkpoint`, open or closed, oldest change first; see
    /// ``IIQAssetsAPI/changes(since:filters:pageSize:options:)``.
    ///
    /// `POST /tickets` (schema `All`) with a `modifieddate` filter and
    /// `$o=TicketModifiedDate&$d=Ascending`. Safe to retry: it only reads.
    public func changes(
        since checkpoint: IIQSyncCheckpoint, filters: [IIQFilter] = [], pageSize: Int = 500,
        options: IIQRequestOptions = .default
    ) -> IIQChangeSequence<IIQTicket> {
        let query = IIQTicketQuery(
            .all, filters: ChangeWalk.filters(since: checkpoint) + filters, sort: .ascending("TicketModifiedDate"),
            pageSize: pageSize)
        return IIQChangeSequence(
            operation: "tickets.changes", start: checkpoint, walk: { search(query, options: options) },
            key: { ($0.id.uuid, $0.modifiedDate) })
    }
}
