import Foundation

/// A record the sandbox stores by GUID.
protocol SandboxRecord: Sendable {
    var id: UUID { get }
}

extension LocationRecord: SandboxRecord {}
extension RoomRecord: SandboxRecord {}
extension UserRecord: SandboxRecord {}
extension RoleRecord: SandboxRecord {}
extension TeamRecord: SandboxRecord {}
extension AssetRecord: SandboxRecord {}
extension AssetTypeRecord: SandboxRecord {}
extension ModelRecord: SandboxRecord {}
extension ManufacturerRecord: SandboxRecord {}
extension AssetStatusRecord: SandboxRecord {}
extension TicketRecord: SandboxRecord {}
extension IssueRecord: SandboxRecord {}
extension WorkflowStepRecord: SandboxRecord {}

/// Records in insertion order, with a lookup by id.
struct RecordTable<Record: SandboxRecord>: Sendable {
    private(set) var rows: [Record] = []
    private var index: [UUID: Int] = [:]

    init(_ records: [Record] = []) {
        rows.reserveCapacity(records.count)
        for record in records { insert(record) }
    }

    subscript(id: UUID?) -> Record? {
        guard let id, let position = index[id] else { return nil }
        return rows[position]
    }

    mutating func insert(_ record: Record) {
        index[record.id] = rows.count
        rows.append(record)
    }

    /// Changes the record with `id` in place; false when there is none.
    @discardableResult
    mutating func modify(_ id: UUID, _ change: (inout Record) throws -> Void) rethrows
        -> Bool
    {
        guard let position = index[id] else { return false }
        try change(&rows[position])
        return true
    }
}
