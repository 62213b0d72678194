/// The words a seeded district is made of.
enum DistrictNames {
    static let firstNames = [
        "Maya", "Liam", "Olivia", "Noah", "Emma", "Elijah", "Ava", "James", "Sophia", "Lucas", "Isabella", "Mateo",
        "Mia", "Ethan", "Amelia", "Aiden", "Harper", "Jayden", "Evelyn", "Carlos", "Abigail", "Daniel", "Emily",
        "Henry", "Ella", "Jackson", "Aaliyah", "Sebastian", "Camila", "Owen", "Zoe", "Wyatt", "Nora", "Leo", "Priya",
        "Mohammed", "Fatima", "Chen", "Mei", "Kwame",
    ]
    static let lastNames = [
        "Lopez", "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
        "Martinez", "Hernandez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
        "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young",
        "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Flores", "Green", "Patel",
    ]
    static let schoolNames = [
        "Lincoln", "Washington", "Jefferson", "Roosevelt", "Franklin", "Madison", "Kennedy", "Adams", "Jackson",
        "Monroe", "Hamilton", "Riverside", "Lakeview", "Oak Grove", "Maple Ridge", "Cedar Park", "Hillcrest",
        "Pinecrest", "Sunset", "Westwood",
    ]
    static let streets = ["Main St", "Oak Ave", "School Rd", "Elm St", "Park Blvd", "Lake Dr", "Hill Rd", "Pine St"]
    static let levels: [(name: String, grades: [String])] = [
        ("Elementary School", ["K", "01", "02", "03", "04", "05"]),
        ("Middle School", ["06", "07", "08"]),
        ("High School", ["09", "10", "11", "12"]),
    ]
}
