import Foundation

/// Everything the sandbox tenant holds. It lives behind the sandbox's lock.
struct SandboxStore: Sendable {
    var siteID: UUID
    var locations = RecordTable<LocationRecord>()
    var rooms = RecordTable<RoomRecord>()
    var roles = RecordTable<RoleRecord>()
    var users = RecordTable<UserRecord>()
    var agentIDs: Set<UUID> = []
    var teams = RecordTable<TeamRecord>()
    var assetTypes = RecordTable<AssetTypeRecord>()
    var manufacturers = RecordTable<ManufacturerRecord>()
    var models = RecordTable<ModelRecord>()
    var assetStatuses = RecordTable<AssetStatusRecord>()
    var assets = RecordTable<AssetRecord>()
    var issues = RecordTable<IssueRecord>()
    var workflowSteps = RecordTable<WorkflowStepRecord>()
    var tickets = RecordTable<TicketRecord>()
    var customFieldDefinitions = RecordTable<CustomFieldRecord>()
    var catalogue = SandboxCatalogue()
    var nextTicketNumber = 10_000
    /// The id of the administrator the sandbox's tokens act as.
    var administratorID: UUID
    /// Search results by request (paging aside), so that walking the pages of a search costs one
    /// filter and sort, not one per page. Any write clears it.
    var searchCache: [String: any Sendable] = [:]
    /// Assets already written as JSON for this state of the store, or nil to render every time.
    /// Only a read's snapshot carries one (see `IIQSandbox.State.renderCache`).
    var renderCache: SandboxRenderCache?
    /// Open tickets per asset, kept current by ``recountOpenTickets()``.
    private(set) var openTicketsByAsset: [UUID: Int] = [:]
    /// Where the ids of records that writes create come from: seeded by the site, so the same writes in
    /// the same order on the same district create the same ids (a journal of writes replays exactly).
    private var newIDs: SeededRandom

    init(siteID: UUID, administratorID: UUID) {
        self.siteID = siteID
        self.administratorID = administratorID
        let bytes = siteID.uuid
        let folded = [bytes.0, bytes.1, bytes.2, bytes.3, bytes.4, bytes.5, bytes.6, bytes.7]
            .reduce(UInt64(0)) { ($0 << 8) | UInt64($1) }
        self.newIDs = SeededRandom(seed: folded ^ 0x0DD5_EED5_1DE0_0001)
    }

    /// A new id for a record a write creates.
    mutating func newID() -> UUID { newIDs.uuid() }

    func isClosed(_ ticket: TicketRecord) -> Bool {
        ticket.isCanceled || workflowSteps[ticket.stepID]?.isClosed == true
    }

    mutating func recountOpenTickets() {
        var counts: [UUID: Int] = [:]
        for ticket in tickets.rows where !ticket.isDeleted && !isClosed(ticket) {
            for asset in ticket.assetIDs { counts[asset, default: 0] += 1 }
        }
        openTicketsByAsset = counts
    }

    /// The rows `compute` finds for `request`, from the cache when the same search (any page) ran since the last write.
    mutating func cachedSearch<Record: Sendable>(_ request: SandboxRequest, _ compute: () throws -> [Record]) rethrows
        -> [Record]
    {
        let query = request.query.filter { $0.key != "$p" }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let key =
            "\(request.method) \(request.path)?\(query.joined(separator: "&")) \(String(decoding: request.body ?? Data(), as: UTF8.self))"
        if let rows = searchCache[key] as? [Record] { return rows }
        let rows = try compute()
        if searchCache.count > 64 { searchCache.removeAll() }
        searchCache[key] = rows
        return rows
    }

    /// The first step that closes a ticket, and the first that opens one.
    var closedStepID: UUID? { workflowSteps.rows.first { $0.isClosed }?.id }
    var newStepID: UUID? { workflowSteps.rows.first { !$0.isClosed }?.id }
}
