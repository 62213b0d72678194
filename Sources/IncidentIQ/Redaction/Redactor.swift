import Foundation

/// Scrubs the token out of text that came from elsewhere: a response body, a header, an underlying error.
///
/// The SDK never puts the token into a message itself; this guards against a server, a proxy or a
/// library echoing it back. It finds the token however it was written:
/// - plain, or with any of its characters JSON-escaped (`\u002e`, `\/`) or percent-encoded (`%2E`),
///   and escaped twice over;
/// - in base64 and base64url, at any alignment, so `base64("Bearer " + token)` is caught too;
/// - cut off at the end of the text, as an excerpt or a truncated header cuts it.
///
/// Matching runs over a decoded view of the text with Knuth–Morris–Pratt, so its cost is linear in
/// the text whatever the text holds.
struct Redactor: Sendable {
    static let placeholder = "<redacted>"
    /// A cut-off form at the end of a text is redacted from this many characters on.
    static let minimumPartial = 8

    private let needles: [Needle]

    /// How many bytes a text must extend past a point to hold, whole, any form of the token that
    /// starts there: six bytes per character, the length of a `\uXXXX` escape, escaped twice.
    var reach: Int { (needles.first?.bytes.count ?? 0) * 6 * 3 }

    init(secret: IIQToken) {
        let raw = Array(secret.rawValue.utf8)
        guard raw.count >= 8 else {
            // Too short to scrub without mangling ordinary text; such a token fails validation anyway.
            needles = []
            return
        }
        var forms: Set<[UInt8]> = [raw]
        for shift in 0..<3 {
            let padded = Data(repeating: 0, count: shift) + Data(raw)
            let standard = Array(padded.base64EncodedString().utf8)
            // Characters that mix padding or neighbouring bytes into the token's bits differ with
            // the context, so only the stable middle is searched for.
            let lead = (shift * 4 + 2) / 3
            let stableEnd = (shift + raw.count) / 3 * 4
            guard stableEnd - lead >= 16 else { continue }
            let core = Array(standard[lead..<stableEnd])
            forms.insert(core)
            forms.insert(
                core.map {
                    $0 == UInt8(ascii: "+") ? UInt8(ascii: "-") : $0 == UInt8(ascii: "/") ? UInt8(ascii: "_") : $0
                })
        }
        needles = forms.sorted { $0.count > $1.count }.map(Needle.init)
    }

    /// `text` with every form of the token, whole or cut off at the end, replaced by `<redacted>`.
    func scrub(_ text: String) -> String {
        guard !needles.isEmpty, !text.isEmpty else { return text }
        let view = DecodedView(text)
        var ranges: [Range<Int>] = []
        for needle in needles {
            ranges += needle.matches(in: view.bytes).map(view.originalRange)
            let partial = needle.longestPrefixEnding(view.bytes)
            if partial >= Self.minimumPartial {
                ranges.append(view.originalRange(view.bytes.count - partial..<view.bytes.count))
            }
        }
        guard !ranges.isEmpty else { return text }
        return Self.replace(ranges, in: Array(text.utf8))
    }

    /// The bytes of `original` with `ranges`, merged where they overlap, replaced by the placeholder.
    private static func replace(_ ranges: [Range<Int>], in original: [UInt8]) -> String {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(original.count)
        var position = 0
        for range in merged {
            output += original[position..<range.lowerBound]
            output += placeholder.utf8
            position = range.upperBound
        }
        output += original[position...]
        return String(decoding: output, as: UTF8.self)
    }
}

extension Redactor {
    /// One form of the token, with its KMP failure table.
    private struct Needle: Sendable {
        let bytes: [UInt8]
        let failure: [Int]

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            var failure = [Int](repeating: 0, count: bytes.count)
            var length = 0
            for index in bytes.indices.dropFirst() {
                while length > 0, bytes[index] != bytes[length] { length = failure[length - 1] }
                if bytes[index] == bytes[length] { length += 1 }
                failure[index] = length
            }
            self.failure = failure
        }

        /// Where the needle occurs in `text`, as ranges of `text`.
        func matches(in text: [UInt8]) -> [Range<Int>] {
            var found: [Range<Int>] = []
            var length = 0
            for (index, byte) in text.enumerated() {
                length = advance(length, byte)
                if length == bytes.count {
                    found.append(index + 1 - length..<index + 1)
                    length = failure[length - 1]
                }
            }
            return found
        }

        /// The length of the longest start of the needle that `text` ends with.
        func longestPrefixEnding(_ text: [UInt8]) -> Int {
            var length = 0
            for byte in text {
                length = advance(length, byte)
                if length == bytes.count { length = failure[length - 1] }
            }
            return length
        }

        private func advance(_ matched: Int, _ byte: UInt8) -> Int {
            var length = matched
            while length > 0, byte != bytes[length] { length = failure[length - 1] }
            return byte == bytes[length] ? length + 1 : length
        }
    }
}
