import Foundation

/// The catalogues the sandbox serves beyond the ones tickets, assets and users need directly:
/// issue categories and types, views, tags and workflows.
struct SandboxCatalogue: Sendable {
    var issueCategories = RecordTable<IssueCategoryRecord>()
    var issueTypes = RecordTable<IssueTypeRecord>()
    var views = RecordTable<ViewRecord>()
    var tags = RecordTable<TagRecord>()
    var workflows = RecordTable<WorkflowRecord>()
}

/// An issue category ("Chromebook").
struct IssueCategoryRecord: SandboxRecord {
    var id: UUID
    var name: String
    var icon: String
    var sortOrder: Int
}

/// An issue type ("Hardware").
struct IssueTypeRecord: SandboxRecord {
    var id: UUID
    var name: String
    var productID: UUID
}

/// A saved view of users, tickets or assets.
struct ViewRecord: SandboxRecord {
    var id: UUID
    var name: String
    /// `users`, `tickets` or `assets`.
    var kind: String
    var ownerID: UUID
}

/// A ticket tag.
struct TagRecord: SandboxRecord {
    var id: UUID
    var name: String
}

/// A ticket workflow; its steps are the store's workflow steps.
struct WorkflowRecord: SandboxRecord {
    var id: UUID
    var name: String
}
