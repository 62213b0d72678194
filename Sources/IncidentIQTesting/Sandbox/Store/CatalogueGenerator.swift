import Foundation

/// Fills the sandbox's issue tree, views, tags and workflow.
///
/// It runs after the district is built and draws from its own generator, so adding to the
/// catalogue never changes the ids of the assets, users and tickets a seed gives.
struct CatalogueGenerator {
    static let facilitiesProductID = UUID(uuidString: "88df910c-91aa-e711-80c2-0004ffa00020") ?? SandboxIDs.empty

    private let random: SeededRandom

    init(seed: UInt64) {
        random = SeededRandom(seed: seed ^ 0xCA7A_1060_0E55_0E5)
    }

    /// The issue type of each seeded issue, by issue name.
    private static let typeOfIssue = [
        "Broken Screen": "Hardware", "Won't Charge": "Hardware", "Keyboard or Trackpad": "Hardware",
        "Password Reset": "Account Access", "Projector Not Displaying": "Hardware",
        "Wi-Fi Not Connecting": "Connectivity", "Software Install": "Software Request",
    ]

    /// Facilities issues: another product's catalogue, so product scoping has something to scope.
    private static let facilitiesIssues = [
        ("Broken Window", "Building", "Building Repair"), ("Heating or Cooling", "Building", "Building Repair"),
        ("Lights Out", "Building", "Electrical"),
    ]

    func populate(_ store: inout SandboxStore) {
        var random = self.random
        let ticketing = SandboxStore.ticketingProductID
        for (name, category, _) in Self.facilitiesIssues {
            store.issues.insert(IssueRecord(id: random.uuid(), name: name, categoryName: category))
        }
        var categories: [String: UUID] = [:]
        var types: [String: UUID] = [:]
        let icons = ["Chromebook": "laptop", "Account": "key", "Audio Visual": "projector", "Network": "wifi"]
        for issue in store.issues.rows {
            let facilities = Self.facilitiesIssues.first { $0.0 == issue.name }
            let typeName = facilities?.2 ?? Self.typeOfIssue[issue.name] ?? "General"
            if categories[issue.categoryName] == nil {
                let record = IssueCategoryRecord(
                    id: random.uuid(), name: issue.categoryName, icon: icons[issue.categoryName] ?? "folder",
                    sortOrder: categories.count + 1)
                store.catalogue.issueCategories.insert(record)
                categories[issue.categoryName] = record.id
            }
            if types[typeName] == nil {
                let record = IssueTypeRecord(
                    id: random.uuid(), name: typeName,
                    productID: facilities == nil ? ticketing : Self.facilitiesProductID)
                store.catalogue.issueTypes.insert(record)
                types[typeName] = record.id
            }
            store.issues.modify(issue.id) {
                $0.categoryID = categories[issue.categoryName] ?? SandboxIDs.empty
                $0.typeID = types[typeName] ?? SandboxIDs.empty
                $0.productID = facilities == nil ? ticketing : Self.facilitiesProductID
            }
        }
        let views = [
            ("All Students", "users"), ("Staff Directory", "users"), ("Unassigned Tickets", "tickets"),
            ("My Open Tickets", "tickets"), ("Broken Screens", "tickets"), ("All Chromebooks", "assets"),
            ("Devices in Repair", "assets"),
        ]
        store.catalogue.views = RecordTable(
            views.map { ViewRecord(id: random.uuid(), name: $0.0, kind: $0.1, ownerID: store.administratorID) })
        store.catalogue.tags = RecordTable(
            ["Loaner Issued", "Insurance Claim", "Warranty Repair", "Vandalism"].map {
                TagRecord(id: random.uuid(), name: $0)
            })
        // The status catalogue names the site id as its workflow; the one workflow keeps that id.
        store.catalogue.workflows = RecordTable([WorkflowRecord(id: store.siteID, name: "IT Help Desk")])
    }
}
