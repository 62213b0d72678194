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

    @Test(
        "rejects everything that is not 8-4-4-4-12 hex digits (Foundation on Linux accepts a leading space)",
        arguments: [
            "", "6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a6", "6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a600",
            "6c1b1f5e8d1a-4a5e-9a51-1f2d3c4b5a60-", "6c1b1f5e-8d1a-4a5e-9a51_1f2d3c4b5a60",
            "6c1b1f5g-8d1a-4a5e-9a51-1f2d3c4b5a60", "{6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a6}",
            "6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a6é", " 6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a6",
        ])
    func rejects(text: String) {
        #expect(GUID.parse(text) == nil)
    }

    @Test("refuses every byte but a dash at each dash position, alone or with the other dashes intact")
    func refusesEveryBadSeparator() {
        // Found by the differential fuzzer: `%` at index 18 passed when the dash check grouped left to right.
        let valid = Array("5e0c2a47-81f3-4d6b-9a2e-c4b8d1f07e63".utf8)
        for position in [8, 13, 18, 23] {
            for byte in UInt8.min...UInt8.max where byte != UInt8(ascii: "-") {
                var bytes = valid
                bytes[position] = byte
                let parsed = bytes.withUnsafeBufferPointer { GUID.parse(bytes: $0) }
                #expect(parsed == nil, "byte \(byte) at \(position)")
            }
        }
    }

    @Test("refuses any single byte that is not a hex digit, at every digit position, and a digit in place of a dash")
    func refusesEveryBadByte() {
        let valid = Array("6c1b1f5e-8d1a-4a5e-9a51-1f2d3c4b5a60".utf8)
        // The bytes on each side of the hex ranges, plus NUL, a space, a quote and a high byte.
        let bad: [UInt8] = [0x00, 0x20, 0x22, 0x2F, 0x3A, 0x40, 0x47, 0x60, 0x67, 0x7F, 0xC3, 0xFF]
        for position in valid.indices {
            let replacements = [8, 13, 18, 23].contains(position) ? [UInt8(ascii: "0"), UInt8(ascii: "a")] : bad
            for byte in replacements {
                var bytes = valid
                bytes[position] = byte
                let parsed = bytes.withUnsafeBufferPointer { GUID.parse(bytes: $0) }
                #expect(parsed == nil, "byte \(byte) at \(position)")
            }
        }
        #expect(valid.withUnsafeBufferPointer { GUID.parse(bytes: $0) } != nil)
    }

    @Test("Identifiers in arrays read the same through the SDK's decoder and JSONDecoder, errors at their index")
    func identifierArrays() throws {
        let ids = (0..<5).map { _ in UUID() }
        let json = Data(
            ("[" + ids.map { "\"\($0.uuidString.lowercased())\"" }.joined(separator: ",")
                + ",\"00000000-0000-0000-0000-000000000000\"]").utf8)
        let ours = try TapeDecoder.decode([IIQUser.ID].self, from: json)
        #expect(ours == (try JSONDecoder().decode([IIQUser.ID].self, from: json)))
        #expect(ours.dropLast().map(\.uuid) == ids)
        #expect(ours.last?.isEmpty == true)

        let bad = #expect(throws: DecodingError.self) {
            try TapeDecoder.decode([IIQUser.ID].self, from: Data(#"["\#(ids[0].uuidString)","not-a-guid"]"#.utf8))
        }
        guard case .dataCorrupted(let context) = bad else {
            Issue.record("expected dataCorrupted")
            return
        }
        #expect(ResponseInterpreter.path(context.codingPath) == "[1]")
        let number = #expect(throws: DecodingError.self) {
            try TapeDecoder.decode([IIQUser.ID].self, from: Data("[7]".utf8))
        }
        guard case .typeMismatch = number else {
            Issue.record("expected typeMismatch")
            return
        }
    }
}
