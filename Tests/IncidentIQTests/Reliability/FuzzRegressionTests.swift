import Foundation
import Testing

@_spi(Fuzzing) @testable import IncidentIQ

/// Replays the fuzz corpus and every input the fuzzer ever crashed on through the same entry points.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static func inputs(_ corpus: String) throws -> [Data] {
        let root = try #require(
            Bundle.module.url(forResource: "Fixtures/FuzzRegressions/\(corpus)", withExtension: nil))
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

extension FuzzRegressionTests {
    @Test("The SDK's decoder and JSONDecoder agree on every differential input, apart from the allowed differences")
    func differential() throws {
        let inputs = try Self.inputs("differential")
        #expect(inputs.count >= 8)
        for input in inputs {
            #expect(
                IIQFuzzEntryPoints.decodeDifferentially(input) == nil,
                "\(String(decoding: input.prefix(120), as: UTF8.self))")
        }
    }

    @Test("Each allowed difference is real: the decoders do differ there, and only as documented")
    func allowedDifferences() throws {
        // 1. Invalid JSON that JSONDecoder accepts; the strict checker refuses it too.
        let trailingComma = Data(#"{"Items":[{"AssetId":"3fa85f64-5717-4562-b3fc-2c963f66afa6"},],}"#.utf8)
        #expect(throws: DecodingError.self) { try IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: trailingComma) }
        #expect(!StrictJSON.check([UInt8](trailingComma)).isValid)
        #expect(IIQFuzzEntryPoints.decodeDifferentially(trailingComma) == nil)
        // 2. A field JSONDecoder reads inexactly is nil with a drift in the SDK.
        let tiny = Data(#"{"Items":[{"AssetId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","OpenTickets":1e-400}]}"#.utf8)
        let (ours, log) = try DecodingLog.record { try IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: tiny) }
        let theirs = try DecodingLog.record { try JSONDecoder().decode(ListEnvelope<IIQAsset>.self, from: tiny) }.0
        #expect(ours.items.first?.openTickets == nil && theirs.items.first?.openTickets == 0)
        #expect(log.drifts.map(\.codingPath) == ["Items[0].OpenTickets"])
        #expect(IIQFuzzEntryPoints.decodeDifferentially(tiny) == nil)
        // 3. Repeated keys: first value here, last in JSONDecoder.
        let repeated = Data(
            #"{"Items":[{"AssetId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","Name":"a","Name":"b"}]}"#.utf8)
        #expect(StrictJSON.check([UInt8](repeated)).hasDuplicateKeys)
        #expect(IIQFuzzEntryPoints.decodeDifferentially(repeated) == nil)
        // Anything else on valid JSON is a finding: a value the SDK changed without a drift is reported.
        #expect(StrictJSON.check([UInt8](tiny)).isValid)
    }
}
