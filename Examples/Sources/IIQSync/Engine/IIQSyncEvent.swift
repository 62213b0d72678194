/// What a running sync reports, for a progress display.
public enum IIQSyncEvent: Sendable {
    /// An entity started: a sweep (every record) or a change walk (records changed since its checkpoint).
    case started(IIQSyncEntity, sweep: Bool)
    /// A batch was written: rows written so far for the entity, and its total when IIQ said it.
    case progressed(IIQSyncEntity, written: Int, total: Int?)
    /// An entity finished.
    case finished(IIQSyncEntityReport)
}
