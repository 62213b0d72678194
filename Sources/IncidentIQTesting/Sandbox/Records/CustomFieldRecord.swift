import Foundation

/// A custom field of the sandbox district: a type (name, editor, options) placed on assets,
/// tickets or users.
struct CustomFieldRecord: Sendable, SandboxRecord {
    /// The field's id (`CustomFieldId`).
    var id: UUID
    /// The type's id (`CustomFieldTypeId`), which values carry.
    var typeID: UUID
    /// `asset`, `ticket` or `user`.
    var entity: String
    var name: String
    /// IIQ's `EditorTypes` value; the sandbox also has one no spec lists.
    var editorType: Int
    var options: String?
    var displayOrder: Int

    /// Whether values keep structure (`ComplexValue`): ranges, addresses, files, schedules and
    /// every editor type the spec does not list.
    var isComplex: Bool { [5, 7, 13, 14, 15].contains(editorType) || !(0...34).contains(editorType) }
}

extension SandboxStore {
    /// The sandbox's custom fields, the same for every seed, and values for some records, filled
    /// from each record's position so that no seeded random number is used.
    mutating func seedCustomFields() {
        let definitions = CustomFieldSeed.definitions
        customFieldDefinitions = RecordTable(definitions)
        var ownerGrades: [UUID: String] = [:]
        for user in users.rows { if let grade = user.grade { ownerGrades[user.id] = grade } }
        for (index, asset) in assets.rows.enumerated() {
            assets.modify(asset.id) { asset in
                if let owner = asset.ownerID, let grade = ownerGrades[owner] {
                    asset.customFields[CustomFieldSeed.gradeLevel] = grade
                }
                if asset.customFields[DistrictGenerator.cartFieldID] != nil, index % 5 == 0 {
                    asset.customFields[CustomFieldSeed.deviceData] =
                        #"[{"LastSyncDate":"2026-07-1\#(index % 10)T08:30:00","RecentUserEmail":"student\#(index)@students.sandbox.example","OsVersion":"126.0.6478"}]"#
                }
            }
        }
        var student = 0
        for user in users.rows where user.grade != nil {
            student += 1
            let number = student
            users.modify(user.id) { user in
                user.customFields[CustomFieldSeed.lockerNumber] = "L-\(1000 + number)"
                if number % 3 == 0 { user.customFields[CustomFieldSeed.busRoute] = "Route \(number % 4 + 1)" }
            }
        }
        for (index, ticket) in tickets.rows.enumerated() where index % 4 == 0 {
            tickets.modify(ticket.id) { $0.customFields[CustomFieldSeed.roomNumber] = "\(100 + index % 30)" }
        }
    }
}

/// The sandbox's custom field ids, fixed so tests and docs can name them.
enum CustomFieldSeed {
    static let gradeLevel = UUID(uuidString: "c0f1e1d0-0001-4a11-8a11-000000000001") ?? SandboxIDs.empty
    static let deviceData = UUID(uuidString: "c0f1e1d0-0002-4a11-8a11-000000000002") ?? SandboxIDs.empty
    static let insuranceNotes = UUID(uuidString: "c0f1e1d0-0003-4a11-8a11-000000000003") ?? SandboxIDs.empty
    static let roomNumber = UUID(uuidString: "c0f1e1d0-0004-4a11-8a11-000000000004") ?? SandboxIDs.empty
    static let callbackPhone = UUID(uuidString: "c0f1e1d0-0005-4a11-8a11-000000000005") ?? SandboxIDs.empty
    static let lockerNumber = UUID(uuidString: "c0f1e1d0-0006-4a11-8a11-000000000006") ?? SandboxIDs.empty
    static let busRoute = UUID(uuidString: "c0f1e1d0-0007-4a11-8a11-000000000007") ?? SandboxIDs.empty

    /// The editor type of "Device Data", one the spec (0–34) does not list, as an app's would be.
    static let deviceDataEditor = 101

    static var definitions: [CustomFieldRecord] {
        let grades = #"["K","1","2","3","4","5","6","7","8","9","10","11","12"]"#
        let rows: [(String, UUID, String, String, Int, String?)] = [
            ("c0f1e1d0-1000-4a11-8a11-000000000000", DistrictGenerator.cartFieldID, "asset", "Cart", 1, nil),
            ("c0f1e1d0-1001-4a11-8a11-000000000001", gradeLevel, "asset", "Grade Level", 9, grades),
            ("c0f1e1d0-1002-4a11-8a11-000000000002", deviceData, "asset", "Device Data", deviceDataEditor, nil),
            ("c0f1e1d0-1003-4a11-8a11-000000000003", insuranceNotes, "asset", "Insurance Notes", 2, nil),
            ("c0f1e1d0-1004-4a11-8a11-000000000004", roomNumber, "ticket", "Room Number", 1, nil),
            ("c0f1e1d0-1005-4a11-8a11-000000000005", callbackPhone, "ticket", "Callback Phone", 12, nil),
            ("c0f1e1d0-1006-4a11-8a11-000000000006", lockerNumber, "user", "Locker Number", 1, nil),
            (
                "c0f1e1d0-1007-4a11-8a11-000000000007", busRoute, "user", "Bus Route", 9,
                "Route 1\nRoute 2\nRoute 3\nRoute 4"
            ),
        ]
        return rows.enumerated().map { order, row in
            CustomFieldRecord(
                id: UUID(uuidString: row.0) ?? SandboxIDs.empty, typeID: row.1, entity: row.2, name: row.3,
                editorType: row.4, options: row.5, displayOrder: order + 1)
        }
    }
}
