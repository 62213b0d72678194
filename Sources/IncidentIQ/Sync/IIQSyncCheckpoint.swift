import Foundation

/// Where an incremental sync resumes: the newest `ModifiedDate` delivered, and the ids of the
/// records delivered at exactly that instant.
///
/// ```swift
/// var checkpoint = IIQSyncCheckpoint(since: lastNight)
/// let changes = client.assets.changes(since: checkpoint)
/// for try await asset in changes { try store.upsert(asset) }
/// checkpoint = changes.checkpoint          // save it for tomorrow
/// ```
///
/// The bound is inclusive: a record modified at exactly ``modifiedDate`` is delivered unless its id
/// is in ``ids``. So a record saved in the same millisecond as the last one of the previous sync,
/// but after it was read, is not missed, and one that was read is not delivered twice.
///
/// It is `Codable`, with the date kept as seconds since 1970 at full precision, so a stored
/// checkpoint compares exactly with the dates IIQ sends.
public struct IIQSyncCheckpoint: Hashable, Sendable, Codable {
    /// The newest `ModifiedDate` delivered, or the instant a first sync starts from.
    public var modifiedDate: Date
    /// The ids of the records already delivered whose `ModifiedDate` is exactly ``modifiedDate``.
    public var ids: Set<UUID>

    /// A checkpoint that delivers every record modified at or after `date`.
    public init(since date: Date) {
        self.init(modifiedDate: date, ids: [])
    }

    /// A checkpoint at `modifiedDate` that skips the records in `ids` modified at exactly that instant.
    public init(modifiedDate: Date, ids: Set<UUID>) {
        self.modifiedDate = modifiedDate
        self.ids = ids
    }

    /// A checkpoint before every record: the first sync reads everything.
    public static var beginning: IIQSyncCheckpoint { IIQSyncCheckpoint(since: .distantPast) }

    /// Whether a record modified at `date` was already delivered by the sync that ended here.
    public func covers(id: UUID, modifiedAt date: Date) -> Bool {
        date < modifiedDate || (date == modifiedDate && ids.contains(id))
    }

    /// The checkpoint after also delivering a record modified at `date`.
    mutating func advance(past id: UUID, modifiedAt date: Date) {
        if date > modifiedDate {
            modifiedDate = date
            ids = [id]
        } else if date == modifiedDate {
            ids.insert(id)
        }
    }

    enum CodingKeys: String, CodingKey {
        case modifiedDate
        case ids
    }

    /// Reads a stored checkpoint.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        modifiedDate = Date(timeIntervalSince1970: try container.decode(Double.self, forKey: .modifiedDate))
        ids = Set(try container.decode([UUID].self, forKey: .ids))
    }

    /// Writes the checkpoint: the date as seconds since 1970 (exact), the ids sorted and lowercase,
    /// as IIQ writes GUIDs.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(modifiedDate.timeIntervalSince1970, forKey: .modifiedDate)
        try container.encode(ids.map { $0.uuidString.lowercased() }.sorted(), forKey: .ids)
    }
}
