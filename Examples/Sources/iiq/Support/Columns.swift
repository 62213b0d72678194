import Foundation
import IncidentIQ

/// The columns `iiq` prints for each kind of record in table and CSV output.
enum Columns {
    static let tickets: [Column<IIQTicket>] = [
        Column("Number") { $0.ticketNumber?.rawValue ?? "" },
        Column("Status") { $0.workflowStep?.statusName ?? ($0.isClosed == true ? "Closed" : "") },
        Column("Subject") { $0.subject ?? "" },
        Column("Requestor") { $0.requestor?.name ?? "" },
        Column("Agent") { $0.assignedToUser?.name ?? "" },
        Column("Location") { $0.location?.name ?? "" },
        Column("Created") { day($0.createdDate) },
    ]

    static let assets: [Column<IIQAsset>] = [
        Column("Tag") { $0.assetTag ?? "" },
        Column("Serial") { $0.serialNumber ?? "" },
        Column("Model") { $0.model?.name ?? "" },
        Column("Status") { $0.status?.name ?? "" },
        Column("Owner") { $0.owner?.name ?? "" },
        Column("Location") { $0.location?.name ?? "" },
        Column("Id") { $0.id.description },
    ]

    static let users: [Column<IIQUser>] = [
        Column("Name") { $0.name ?? "" },
        Column("Email") { $0.email ?? "" },
        Column("Role") { $0.role?.name ?? "" },
        Column("Grade") { $0.grade ?? "" },
        Column("Location") { $0.locationName ?? "" },
        Column("Id") { $0.id.description },
    ]

    static let issues: [Column<IIQIssue>] = [
        Column("Name") { $0.name ?? "" },
        Column("Category") { $0.issueCategoryName ?? "" },
        Column("Id") { $0.id.description },
    ]

    static let teams: [Column<IIQTeam>] = [
        Column("Name") { $0.teamName ?? "" },
        Column("Members") { ($0.membersCount ?? $0.memberIDs?.count).map(String.init) ?? "" },
        Column("Id") { $0.id.description },
    ]

    static let roles: [Column<IIQRole>] = [
        Column("Name") { $0.name ?? "" },
        Column("Users") { $0.users.map(String.init) ?? "" },
        Column("Id") { $0.id.description },
    ]

    /// `2026-05-01 10:20`, in UTC, or empty.
    static func day(_ date: Date?) -> String {
        guard let date else { return "" }
        return String(date.ISO8601Format().prefix(16)).replacingOccurrences(of: "T", with: " ")
    }
}
