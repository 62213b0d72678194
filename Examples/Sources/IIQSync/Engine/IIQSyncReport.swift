import Foundation

/// What a sync run did to one entity.
public struct IIQSyncEntityReport: Sendable, Hashable {
    /// The entity.
    public var entity: IIQSyncEntity
    /// Whether it was swept (read whole, deletions detected) rather than walked by changes.
    public var wasSwept: Bool
    /// Rows written (inserted or updated).
    public var written: Int
    /// Rows newly marked deleted.
    public var markedDeleted: Int
    /// Batches written, each in its own transaction.
    public var batches: Int
    /// Whether deletions were checked: false when a sweep saw records move under it; the next run sweeps again.
    public var checkedDeletions: Bool
    /// How long it took.
    public var duration: Duration
}

/// What a sync run did.
public struct IIQSyncReport: Sendable, Hashable {
    /// One report per entity, in the order they ran.
    public var entities: [IIQSyncEntityReport]
    /// How long the run took.
    public var duration: Duration

    /// The report of `entity`, if it ran.
    public subscript(entity: IIQSyncEntity) -> IIQSyncEntityReport? {
        entities.first { $0.entity == entity }
    }
}
