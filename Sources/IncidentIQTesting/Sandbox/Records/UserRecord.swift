import Foundation

/// A student, staff member or agent of the sandbox district.
struct UserRecord: Sendable {
    var id: UUID
    var firstName: String
    var lastName: String
    var email: String
    var username: String
    var schoolIDNumber: String?
    var grade: String?
    var homeroom: String?
    var phone: String?
    var externalID: String?
    var internalComments: String?
    var roleID: UUID
    var locationID: UUID
    var isActive: Bool
    var isDeleted: Bool
    var created: Date
    var modified: Date
    var customFields: [UUID: String] = [:]

    var fullName: String { firstName + " " + lastName }
}

/// A role: Student, Staff, Agent or Administrator.
struct RoleRecord: Sendable {
    var id: UUID
    var name: String
    /// 1 Requestor, 2 Agent, 3 iiQAdmin.
    var portal: Int
}

/// A team of agents.
struct TeamRecord: Sendable {
    var id: UUID
    var name: String
    var memberIDs: [UUID]
}
