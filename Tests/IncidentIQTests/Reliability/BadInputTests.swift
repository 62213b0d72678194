import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("Bad input never crashes")
struct BadInputTests {
    /// 1,000+ bad header values: every control character at three positions, CR/LF injections,
    /// non-ASCII, overlong tokens and malformed GUIDs, from a fixed seed.
    static let badValues: [String] = {
        var generator = SplitMix64(seed: 0x0011_C0DE)
        var values: [String] = []
        let controls = (0..<32).map { Character(UnicodeScalar(UInt8($0))) } + [Character(UnicodeScalar(0x7F))]
        for control in controls {
            values += ["\(control)abc", "ab\(control)c", "abc\(control)"]
        }
        for _ in 0..<400 {
            let length = Int(generator.next() % 40) + 1
            var text = String((0..<length).map { _ in Character(UnicodeScalar(UInt8(0x21 + generator.next() % 94))) })
            let at = text.index(text.startIndex, offsetBy: Int(generator.next() % UInt64(length)))
            text.insert(
                contentsOf: ["\r\n", "\n", "\r", "\0", "\u{85}", "é", "\u{2028}"][Int(generator.next() % 7)], at: at)
            values.append(text)
        }
        for length in stride(from: 8193, through: 40_000, by: 3000) {
            values.append(String(repeating: "x", count: length))
        }
        for _ in 0..<300 {
            var guid = UUID().uuidString
            let position = guid.index(guid.startIndex, offsetBy: Int(generator.next() % 36))
            guid.replaceSubrange(
                position...position, with: ["g", "", "--", " ", "\n", "Z", "{"][Int(generator.next() % 7)])
            values.append(guid)
        }
        for _ in 0..<200 { values.append(String(repeating: "0", count: Int(generator.next() % 60))) }
        return values
    }()

    @Test("At least 1,000 bad values are refused before any I/O, and no error text contains them")
    func headerInjection() throws {
        #expect(Self.badValues.count >= 1000)
        let valid = IIQTestToken.make()
        var refused = 0
        for value in Self.badValues {
            var outcomes: [IIQError?] = []
            // As the token itself, as the SiteId, and as the Client and User-Agent headers.
            outcomes.append(Self.error { _ = try IIQConfiguration(token: value) })
            outcomes.append(Self.error { _ = try IIQConfiguration(token: valid, siteID: value) })
            outcomes.append(
                Self.error {
                    var configuration = try IIQConfiguration(token: valid)
                    configuration.clientHeader = value
                    _ = try IIQClient(configuration: configuration, transport: MockTransport())
                })
            let isGUID = GUID.parse(value) != nil
            for (index, outcome) in outcomes.enumerated() {
                if index == 1 && isGUID { continue }
                if index == 2 && value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F })
                    && !value.isEmpty
                {
                    continue
                }
                guard let outcome else {
                    Issue.record("accepted a bad value as input \(index): \(value.debugDescription.prefix(60))")
                    continue
                }
                refused += 1
                let texts = [outcome.description, String(reflecting: outcome), outcome.localizedDescription]
                if value.count >= 4 { #expect(texts.allSatisfy { !$0.contains(value) }) }
            }
        }
        #expect(refused >= 1000)
    }

    static func error(_ body: () throws -> Void) -> IIQError? {
        do {
            try body()
            return nil
        } catch let error as IIQError {
            return error
        } catch {
            return nil
        }
    }

    @Test("A page truncated at any byte offset gives a typed error, never a crash")
    func truncatedBodies() async throws {
        // Cut the JSON text itself: dropping only the file's trailing newline would still be valid JSON.
        var page = try Fixture.data("asset-page.json")
        while let last = page.last, last == 0x0A || last == 0x20 { page.removeLast() }
        var outcomes: [String: Int] = [:]
        for offset in 0..<page.count {
            let mock = MockTransport(responses: [.json(page.prefix(offset))])
            let client = try Fixture.client(mock)
            do {
                _ = try await client.assets.search().all()
                Issue.record("a page cut at byte \(offset) decoded")
            } catch {
                switch error {
                case .decoding: outcomes["decoding", default: 0] += 1
                case .emptyResponse: outcomes["empty", default: 0] += 1
                default: Issue.record("byte \(offset): \(error)")
                }
            }
        }
        #expect(outcomes["empty"] == 1)
        #expect(outcomes["decoding"] == page.count - 1)
    }
}

/// A small deterministic generator, so the generated inputs are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
