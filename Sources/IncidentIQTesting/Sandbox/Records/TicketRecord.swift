import Foundation

/// A help desk ticket of the sandbox district.
struct TicketRecord: Sendable {
    var id: UUID
    var number: Int
    var subject: String
    var details: String
    var requestorID: UUID
    var ownerID: UUID
    var locationID: UUID
    var roomID: UUID?
    var issueID: UUID
    var stepID: UUID
    var agentID: UUID?
    var teamID: UUID?
    var assetIDs: [UUID]
    var isUrgent: Bool
    var hasSensitiveInformation: Bool
    var isCanceled: Bool = false
    var isDeleted: Bool = false
    var priority: Int
    var created: Date
    var modified: Date
    var closed: Date?
    var due: Date?
    var customFields: [UUID: String] = [:]
    var activities: [ActivityRecord] = []
}

/// One entry in a ticket's history.
struct ActivityRecord: Sendable {
    var id: UUID
    var ownerID: UUID
    /// 5 TicketCreated, 6 Comment, 9 TicketCanceled, 10 TicketResolved, 3 Updated.
    var typeID: Int
    var isPublic: Bool
    var comments: String?
    var created: Date
}

/// A ticket issue ("Broken screen").
struct IssueRecord: Sendable {
    var id: UUID
    var name: String
    var categoryName: String
    /// Set by ``CatalogueGenerator`` once the categories, types and products exist.
    var categoryID = SandboxIDs.empty
    var typeID = SandboxIDs.empty
    var productID = SandboxStore.ticketingProductID
}

/// A workflow step, which IIQ shows as the ticket's status.
struct WorkflowStepRecord: Sendable {
    var id: UUID
    var name: String
    var isClosed: Bool
    var order: Int
}
