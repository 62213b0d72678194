import Foundation
import IncidentIQ

/// One entity's row of `sync_state`: where its next run resumes and when it was last swept.
public struct IIQSyncState: Sendable, Hashable {
    /// The entity it describes.
    public var entity: IIQSyncEntity
    /// Where the next change walk starts; nil before the first complete sweep.
    public var checkpoint: IIQSyncCheckpoint?
    /// The number of the last sweep that finished (0 before the first).
    public var sweep: Int
    /// The number of a sweep that started and has not finished; the next run sweeps again.
    public var sweepInProgress: Int?
    /// Incremental runs since the last finished sweep.
    public var runsSinceSweep: Int
    /// When a run last finished this entity.
    public var lastRunAt: Date?
    /// When the last sweep finished.
    public var lastSweepAt: Date?

    /// The state of an entity never synced.
    public init(entity: IIQSyncEntity) {
        self.entity = entity
        self.checkpoint = nil
        self.sweep = 0
        self.sweepInProgress = nil
        self.runsSinceSweep = 0
    }

    /// The checkpoint as stored: JSON text, its date in seconds since 1970 at full precision.
    var checkpointText: String? {
        guard let checkpoint, let data = try? JSONEncoder().encode(checkpoint) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads a stored checkpoint; a damaged one reads as none, which makes the next run sweep.
    static func checkpoint(from text: String?) -> IIQSyncCheckpoint? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(IIQSyncCheckpoint.self, from: Data(text.utf8))
    }
}
