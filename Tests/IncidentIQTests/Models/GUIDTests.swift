import Foundation
import Testing

@testable import IncidentIQ

@Suite("GUID parsing")
struct GUIDTests {
    @Test("agrees with Foundation on valid GUIDs in either case", arguments: 0..<200)
    func agreesWithFoundation(seed: Int) {
        let uuid = UUID()
        #expect(GUID.parse(uuid.uuidString) == uuid)
        #expect(GUID.parse(uuid.uuidString.lowercased()) == uuid)
    }

    @Test("rejects everything that is not 8-4-4-4-12 hex digits (Foundation on Linux accepts a leading space)", arguments: [
        "", "6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a6", "6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a600",
        "6c1b1f5e8d1a-4a5e-9a51-1f2d3c4b5a60-", "6c1b1f5e-8d1a-4a5e-9a51_1f2d3c4b5a60",
        "6c1b1f5g-8d1a-4a5e-9a51-1f2d3c4b5a60", "{6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a6}",
        "6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a6é", " 6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a6",
    ])
    func rejects(text: String) {
        #expect(GUID.parse(text) == nil)
    }
}
