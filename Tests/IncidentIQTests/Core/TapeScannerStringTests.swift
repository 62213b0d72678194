import Foundation
import Testing

@testable import IncidentIQ

/// The scanner skips plain string bytes eight at a time and jumps to the first special one in a
/// word; every position of that byte in the word, at every alignment, must read as Foundation
/// reads it.
@Suite("Scanning strings word by word")
struct TapeScannerStringTests {
    /// Texts with a special byte (an escape, a multi-byte character, the closing quote) at every
    /// position of the first two words, behind every alignment of the document.
    static func documents() -> [Data] {
        let specials = ["\\\"", "\\\\", "\\n", "\\u00e9", "é", "😀", ""]
        var documents: [Data] = []
        for alignment in 0..<8 {
            for position in 0..<17 {
                for special in specials {
                    let text = String(repeating: "a", count: position) + special + "bcdefghij"
                    let padding = String(repeating: " ", count: alignment)
                    documents.append(Data("\(padding)[\"\(text)\",\"\(String(text.prefix(position)))\"]".utf8))
                }
            }
        }
        return documents
    }

    @Test("Every string reads as Foundation reads it, wherever its special bytes fall")
    func stringsMatchFoundation() throws {
        for document in Self.documents() {
            let expected = try JSONDecoder().decode([String].self, from: document)
            let decoded = try TapeDecoder.decode([String].self, from: document)
            #expect(decoded == expected, "\(String(decoding: document, as: UTF8.self))")
        }
    }

    @Test("A control character is refused wherever it falls in a word")
    func controlCharacters() {
        for alignment in 0..<8 {
            for position in 0..<17 {
                let text = String(repeating: "a", count: position) + "\u{01}" + "bcdefghij"
                let document = Data((String(repeating: " ", count: alignment) + "[\"\(text)\"]").utf8)
                #expect(throws: DecodingError.self) { try TapeDecoder.decode([String].self, from: document) }
            }
        }
    }

    @Test("An unterminated string is refused, however long")
    func unterminated() {
        for length in 0..<20 {
            let document = Data(("[\"" + String(repeating: "a", count: length)).utf8)
            #expect(throws: DecodingError.self) { try TapeDecoder.decode([String].self, from: document) }
        }
    }
}
