/// What one sync run copies and how.
public struct IIQSyncOptions: Sendable, Hashable {
    /// The entities to copy; rooms bring their locations along (their foreign key needs them).
    public var entities: Set<IIQSyncEntity>
    /// Records per page read, and per batch written (`$s`).
    public var pageSize: Int
    /// A sweep (a full read that also finds deletions) runs on every `sweepEvery`th run of an entity;
    /// 1 sweeps on every run.
    public var sweepEvery: Int
    /// Whether this run sweeps every entity, whatever `sweepEvery` says.
    public var forcesSweep: Bool

    /// Every entity, pages of 500, a sweep every 7th run.
    public init(
        entities: Set<IIQSyncEntity> = Set(IIQSyncEntity.allCases), pageSize: Int = 500, sweepEvery: Int = 7,
        forcesSweep: Bool = false
    ) {
        self.entities = entities.contains(.rooms) ? entities.union([.locations]) : entities
        self.pageSize = pageSize
        self.sweepEvery = sweepEvery
        self.forcesSweep = forcesSweep
    }
}
