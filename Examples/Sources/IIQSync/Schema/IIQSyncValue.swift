import Foundation

/// One typed column value of a synced row, stored as each database stores that type best.
public enum IIQSyncValue: Sendable, Hashable {
    case null
    case uuid(UUID)
    case text(String)
    case integer(Int)
    case real(Double)
    case boolean(Bool)
    case timestamp(Date)
}

extension IIQSyncValue {
    /// `uuid`, or `null` when absent.
    static func of(_ value: UUID?) -> IIQSyncValue { value.map(IIQSyncValue.uuid) ?? .null }
    /// `text`, or `null` when absent.
    static func of(_ value: String?) -> IIQSyncValue { value.map(IIQSyncValue.text) ?? .null }
    /// `integer`, or `null` when absent.
    static func of(_ value: Int?) -> IIQSyncValue { value.map(IIQSyncValue.integer) ?? .null }
    /// `real`, or `null` when absent or not finite (neither database takes NaN alike).
    static func of(_ value: Double?) -> IIQSyncValue {
        guard let value, value.isFinite else { return .null }
        return .real(value)
    }
    /// `boolean`, or `null` when absent.
    static func of(_ value: Bool?) -> IIQSyncValue { value.map(IIQSyncValue.boolean) ?? .null }
    /// `timestamp`, or `null` when absent.
    static func of(_ value: Date?) -> IIQSyncValue { value.map(IIQSyncValue.timestamp) ?? .null }
}
