import Foundation
@_spi(Sandbox) import IncidentIQ

/// Builds a ``SandboxStore`` for a ``IIQSandboxDistrict``, the same every time for the same seed.
struct DistrictGenerator {
    /// IIQ's own id for the Devices asset type.
    static let devicesTypeID = UUID(uuidString: "2a1561e5-34ff-4fcf-87de-2a146f0e1c01") ?? SandboxIDs.empty
    /// The custom field the sandbox fills on Chromebooks.
    static let cartFieldID = UUID(uuidString: "abababab-6666-4b4b-9ddd-ffffffffffff") ?? SandboxIDs.empty
    /// Every seeded date lies before this instant (2026-08-01T00:00:00Z), so seeded data never depends on the clock.
    static let epoch = Date(
        timeIntervalSince1970: TimeInterval(IIQDateParser.daysFromCivil(year: 2026, month: 8, day: 1)) * 86_400)

    /// When a seeded asset was last edited: `days` (0 to 300) after `created`, scaled down so that
    /// it is never after ``epoch``. A sandbox on the wall clock stamps writes with today; a seeded
    /// date in the future would sort after them, and a sync by modified date would miss the writes.
    static func lastEdit(after created: Date, days: Int) -> Date {
        let room = max(0, epoch.timeIntervalSince(created) - 0.1)
        let scale = min(1, room / (300 * 86_400))
        return created.addingTimeInterval(Double(days) * 86_400 * scale + 0.1)
    }

    let district: IIQSandboxDistrict
    private var random: SeededRandom
    private var store: SandboxStore

    init(district: IIQSandboxDistrict, siteID: UUID) {
        self.district = district
        var random = SeededRandom(seed: district.seed)
        let administratorID = random.uuid()
        self.random = random
        self.store = SandboxStore(siteID: siteID, administratorID: administratorID)
    }

    func generate() -> SandboxStore {
        var generator = self
        generator.makeCatalogs()
        let schools = generator.makeSchools()
        let people = generator.makePeople(schools: schools)
        generator.makeAssets(schools: schools, people: people)
        generator.makeTickets(people: people)
        CatalogueGenerator(seed: generator.district.seed).populate(&generator.store)
        generator.store.recountOpenTickets()
        generator.store.seedCustomFields()
        return generator.store
    }

    // MARK: Catalogs

    private mutating func makeCatalogs() {
        let equipmentTypeID = random.uuid()
        store.assetTypes = RecordTable([
            AssetTypeRecord(id: Self.devicesTypeID, name: "Devices"),
            AssetTypeRecord(id: equipmentTypeID, name: "Equipment"),
        ])
        let makers = ["Dell", "HP", "Lenovo", "Acer", "Apple", "Epson", "BenQ"].map {
            ManufacturerRecord(id: random.uuid(), name: $0)
        }
        store.manufacturers = RecordTable(makers)
        let chromebooks = random.uuid()
        let laptops = random.uuid()
        let projectors = random.uuid()
        let models: [(String, Int, UUID, String, UUID)] = [
            ("Chromebook 3110", 0, chromebooks, "Chromebooks", Self.devicesTypeID),
            ("Chromebook 14 G7", 1, chromebooks, "Chromebooks", Self.devicesTypeID),
            ("300e Chromebook Gen 4", 2, chromebooks, "Chromebooks", Self.devicesTypeID),
            ("Chromebook Spin 511", 3, chromebooks, "Chromebooks", Self.devicesTypeID),
            ("Latitude 3440", 0, laptops, "Laptops", Self.devicesTypeID),
            ("MacBook Air 13", 4, laptops, "Laptops", Self.devicesTypeID),
            ("PowerLite 1781W", 5, projectors, "Projectors", equipmentTypeID),
            ("MW560", 6, projectors, "Projectors", equipmentTypeID),
        ]
        store.models = RecordTable(
            models.map {
                ModelRecord(
                    id: random.uuid(), name: $0.0, manufacturerID: makers[$0.1].id, assetTypeID: $0.4,
                    categoryID: $0.2, categoryName: $0.3)
            })
        store.assetStatuses = RecordTable(
            [
                ("Available", false), ("Assigned", false), ("In Repair", false), ("Lost/Stolen", false),
                ("Retired", true),
            ]
            .map { AssetStatusRecord(id: random.uuid(), name: $0.0, isRetired: $0.1) })
        store.roles = RecordTable(
            [("Student", 1), ("Staff", 1), ("Agent", 2), ("Administrator", 3)].map {
                RoleRecord(id: random.uuid(), name: $0.0, portal: $0.1)
            })
        store.issues = RecordTable(
            [
                ("Broken Screen", "Chromebook"), ("Won't Charge", "Chromebook"), ("Keyboard or Trackpad", "Chromebook"),
                ("Password Reset", "Account"), ("Projector Not Displaying", "Audio Visual"),
                ("Wi-Fi Not Connecting", "Network"), ("Software Install", "Software"),
            ].map { IssueRecord(id: random.uuid(), name: $0.0, categoryName: $0.1) })
        store.workflowSteps = RecordTable(
            [("New", false), ("In Progress", false), ("Waiting on Requestor", false), ("Resolved", true)].enumerated()
                .map {
                    WorkflowStepRecord(
                        id: random.uuid(), name: $0.element.0, isClosed: $0.element.1, order: $0.offset + 1)
                })
    }

    // MARK: Schools

    private struct School {
        var location: LocationRecord
        var grades: [String]
        var rooms: [UUID]
    }

    private mutating func makeSchools() -> [School] {
        var schools: [School] = []
        let schoolTypeID = random.uuid()
        for index in 0..<district.schools {
            let level = DistrictNames.levels[index % 3]
            let base = DistrictNames.schoolNames[index % DistrictNames.schoolNames.count]
            let name =
                index < DistrictNames.schoolNames.count
                ? "\(base) \(level.name)" : "\(base) \(level.name) \(index / 20 + 1)"
            let initials =
                (base.split(separator: " ").map { String($0.prefix(1)) } + [level.name.prefix(1).uppercased(), "S"])
                .joined()
            let created = Self.epoch.addingTimeInterval(-TimeInterval(3000 + index) * 86_400)
            let location = LocationRecord(
                id: random.uuid(), name: name, abbreviation: index < 20 ? initials : "\(initials)\(index)",
                typeID: schoolTypeID, typeName: "School",
                street: "\(100 + index * 17) \(random.pick(DistrictNames.streets))", city: "Springfield", zip: "62704",
                created: created, modified: created.addingTimeInterval(86_400 * 400))
            store.locations.insert(location)
            var rooms: [UUID] = []
            for number in (["Library", "Tech Office", "Main Office"] + (1...12).map { "Room \(100 + $0)" }) {
                let room = RoomRecord(id: random.uuid(), locationID: location.id, name: number)
                store.rooms.insert(room)
                rooms.append(room.id)
            }
            schools.append(School(location: location, grades: level.grades, rooms: rooms))
        }
        let office = LocationRecord(
            id: random.uuid(), name: "District Office", abbreviation: "DO", typeID: random.uuid(),
            typeName: "District Office", street: "1 Education Way", city: "Springfield", zip: "62701",
            created: Self.epoch.addingTimeInterval(-4000 * 86_400),
            modified: Self.epoch.addingTimeInterval(-900 * 86_400))
        store.locations.insert(office)
        return schools
    }

    // MARK: People

    private struct People {
        var students: [UUID] = []
        var staff: [UUID] = []
        var agents: [UUID] = []
        var locationOf: [UUID: UUID] = [:]
    }

    private mutating func makePeople(schools: [School]) -> People {
        var people = People()
        let roles = store.roles.rows
        let officeID = store.locations.rows.last?.id ?? schools[0].location.id
        var serial = 100_000
        func person(
            _ generator: inout DistrictGenerator, role: RoleRecord, location: UUID, grade: String?, domain: String,
            id: UUID? = nil
        ) -> UserRecord {
            serial += 1
            let first = generator.random.pick(DistrictNames.firstNames)
            let last = generator.random.pick(DistrictNames.lastNames)
            let username = "\(first.prefix(1).lowercased())\(last.lowercased())\(serial % 100_000)"
            let created = Self.epoch.addingTimeInterval(
                -Double(Int.random(in: 30...2000, using: &generator.random)) * 86_400)
            return UserRecord(
                id: id ?? generator.random.uuid(), firstName: first, lastName: last, email: "\(username)@\(domain)",
                username: username, schoolIDNumber: grade == nil ? nil : String(serial), grade: grade,
                homeroom: grade == nil ? nil : String(100 + Int.random(in: 1...12, using: &generator.random)),
                phone: grade == nil ? "555-01\(serial % 100)" : nil, externalID: "SIS-\(serial)", internalComments: nil,
                roleID: role.id, locationID: location, isActive: true, isDeleted: false, created: created,
                modified: created.addingTimeInterval(Double(Int.random(in: 0...25, using: &generator.random)) * 86_400))
        }
        for _ in 0..<district.students {
            let school = random.pick(schools)
            let user = person(
                &self, role: roles[0], location: school.location.id, grade: random.pick(school.grades),
                domain: "students.sandbox.example")
            store.users.insert(user)
            people.students.append(user.id)
            people.locationOf[user.id] = user.locationID
        }
        for _ in 0..<district.staff {
            let school = random.pick(schools)
            let user = person(
                &self, role: roles[1], location: school.location.id, grade: nil, domain: "sandbox.example")
            store.users.insert(user)
            people.staff.append(user.id)
            people.locationOf[user.id] = user.locationID
        }
        for index in 0..<district.agents {
            let isAdministrator = index == 0
            var user = person(
                &self, role: roles[isAdministrator ? 3 : 2], location: officeID, grade: nil, domain: "sandbox.example",
                id: isAdministrator ? store.administratorID : nil)
            if isAdministrator {
                user.firstName = "Sandbox"
                user.lastName = "Admin"
                user.username = "sandbox.admin"
                user.email = "sandbox.admin@sandbox.example"
            }
            store.users.insert(user)
            store.agentIDs.insert(user.id)
            people.agents.append(user.id)
        }
        store.teams = RecordTable(
            ["Tier 1", "Tier 2", "Field Techs"].enumerated().map { offset, name in
                TeamRecord(
                    id: random.uuid(), name: name,
                    memberIDs: people.agents.enumerated().filter { $0.offset % 3 == offset }.map(\.element))
            })
        return people
    }

    // MARK: Assets

    private mutating func makeAssets(schools: [School], people: People) {
        let models = store.models.rows
        let statuses = store.assetStatuses.rows
        let chromebooks = models.filter { $0.categoryName == "Chromebooks" }
        let laptops = models.filter { $0.categoryName == "Laptops" }
        let projectors = models.filter { $0.categoryName == "Projectors" }
        let prefixes = ["5CD", "CND", "PF3", "NXA", "C02", "X5J", "PDB"]
        for index in 0..<district.assets {
            let kind = index % 10
            let model = kind < 7 ? random.pick(chromebooks) : kind < 9 ? random.pick(laptops) : random.pick(projectors)
            var owner: UUID?
            if kind < 7, !people.students.isEmpty, random.chance(0.85) { owner = random.pick(people.students) }
            if kind == 7 || kind == 8, !people.staff.isEmpty, random.chance(0.9) { owner = random.pick(people.staff) }
            let school = random.pick(schools)
            let location = owner.flatMap { people.locationOf[$0] } ?? school.location.id
            let status: AssetStatusRecord
            if owner != nil {
                status = random.chance(0.96) ? statuses[1] : statuses[2]
            } else {
                status = random.chance(0.9) ? statuses[0] : random.pick([statuses[2], statuses[3], statuses[4]])
            }
            let purchased = Self.epoch.addingTimeInterval(-Double(Int.random(in: 60...1800, using: &random)) * 86_400)
            let created = purchased.addingTimeInterval(
                Double(Int.random(in: 1...20, using: &random)) * 86_400 + 41_348.127)
            let makerIndex = store.manufacturers.rows.firstIndex { $0.id == model.manufacturerID } ?? 0
            let abbreviation = store.locations[location]?.abbreviation ?? "DO"
            var asset = AssetRecord(
                id: random.uuid(), tag: "\(abbreviation)-\(String(100_000 + index).suffix(6))",
                serial: prefixes[makerIndex] + String(index, radix: 36).uppercased().leftPadded(to: 5)
                    + String(Int.random(in: 36...1295, using: &random), radix: 36).uppercased(),
                name: "\(model.name) \(String(100_000 + index).suffix(6))", modelID: model.id, statusID: status.id,
                ownerID: owner, locationID: location,
                roomID: kind == 9
                    ? random.pick(schools.first { $0.location.id == location }?.rooms ?? school.rooms) : nil,
                created: created,
                modified: Self.lastEdit(after: created, days: Int.random(in: 0...300, using: &random)),
                purchased: purchased, warrantyExpires: purchased.addingTimeInterval(3 * 365 * 86_400),
                purchasePrice: kind < 7 ? 289.5 : kind < 9 ? 899.0 : 649.99,
                purchaseOrder: "PO-\(2020 + index % 6)-\(1000 + index % 97)", vendor: "CDW-G",
                warrantyInfo: "3-year accidental damage", notes: nil, externalID: "MDM-\(index)")
            if kind < 7 { asset.customFields[Self.cartFieldID] = "Cart \(index % 12 + 1)" }
            store.assets.insert(asset)
        }
    }

    // MARK: Tickets

    private mutating func makeTickets(people: People) {
        let requestors = people.students + people.staff
        let issues = store.issues.rows
        let steps = store.workflowSteps.rows
        let teams = store.teams.rows
        var assetsByOwner: [UUID: UUID] = [:]
        for asset in store.assets.rows { if let owner = asset.ownerID { assetsByOwner[owner] = asset.id } }
        for _ in 0..<district.tickets {
            let requestor = random.pick(requestors)
            let step = random.pick(steps + [steps[3], steps[3]])
            // At least two days and an hour before the epoch: replies (up to 16.5 hours) and closing
            // (a day later) then also lie before it.
            let age = max(Int.random(in: 3600...(365 * 86_400), using: &random), 2 * 86_400 + 3600)
            let created = Self.epoch.addingTimeInterval(-Double(age))
            let issue = random.pick(issues)
            let agent = random.chance(0.75) ? random.pick(people.agents) : nil
            var ticket = TicketRecord(
                id: random.uuid(), number: store.nextTicketNumber, subject: issue.name,
                details: "Reported by the requestor: \(issue.name.lowercased()).", requestorID: requestor,
                ownerID: requestor, locationID: people.locationOf[requestor] ?? store.locations.rows[0].id,
                roomID: nil, issueID: issue.id, stepID: step.id, agentID: agent,
                teamID: agent.flatMap { id in teams.first { $0.memberIDs.contains(id) }?.id },
                assetIDs: assetsByOwner[requestor].map { [$0] } ?? [], isUrgent: random.chance(0.1),
                hasSensitiveInformation: false, priority: Int.random(in: 1...4, using: &random), created: created,
                modified: created, closed: nil, due: created.addingTimeInterval(5 * 86_400))
            ticket.activities.append(
                ActivityRecord(
                    id: random.uuid(), ownerID: requestor, typeID: 5, isPublic: true, comments: nil, created: created))
            for reply in 0..<Int.random(in: 0...3, using: &random) {
                let author = reply % 2 == 0 ? (agent ?? requestor) : requestor
                let when = created.addingTimeInterval(Double(reply + 1) * 3600 * 5.5)
                ticket.activities.append(
                    ActivityRecord(
                        id: random.uuid(), ownerID: author, typeID: 6, isPublic: true,
                        comments: reply % 2 == 0 ? "Looking into this now." : "Thanks, it happened again today.",
                        created: when))
                ticket.modified = when
            }
            if step.isClosed {
                ticket.closed = ticket.modified.addingTimeInterval(86_400)
                ticket.modified = ticket.closed ?? ticket.modified
            }
            store.nextTicketNumber += 1
            store.tickets.insert(ticket)
        }
    }
}

extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
