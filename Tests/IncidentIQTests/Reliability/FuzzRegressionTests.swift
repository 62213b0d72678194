import Foundation
import Testing

@_spi(Fuzzing) @testable import IncidentIQ

/// Replays the fuzz corpus and every input the fuzzer ever crashed on through the same entry points.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static func inputs(_ corpus: String) throws -> [Data] {
        let root = try #require(Bundle.module.url(forResource: "Fixtures/FuzzRegressions/\(corpus)", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)
        return try files.sorted { $0.lastPathComponent < $1.lastPathComponent }.map { try Data(contentsOf: $0) }
    }

    @Test("Decoding inputs never crash")
    func decoding() throws {
        let inputs = try Self.inputs("decoding")
        #expect(!inputs.isEmpty)
        for input in inputs { IIQFuzzEntryPoints.decodeResponses(input) }
    }

    @Test("Date and Retry-After inputs never crash")
    func dates() throws {
        let inputs = try Self.inputs("dates")
        #expect(!inputs.isEmpty)
        for input in inputs { IIQFuzzEntryPoints.parseDates(input) }
    }

    @Test("Token and header inputs never crash")
    func token() throws {
        let inputs = try Self.inputs("token")
        #expect(!inputs.isEmpty)
        for input in inputs { IIQFuzzEntryPoints.readToken(input) }
    }

    @Test("Every pagination input ends within the bound")
    func pagination() throws {
        let inputs = try Self.inputs("pagination")
        #expect(!inputs.isEmpty)
        for input in inputs { #expect(IIQFuzzEntryPoints.paginate(input)) }
    }
}
