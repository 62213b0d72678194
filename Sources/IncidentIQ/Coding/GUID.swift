import Foundation

/// Reads GUIDs. Every decoded entity carries a score of them, and Foundation's `UUID(uuidString:)`
/// on Linux goes through `sscanf`, which made it the largest single cost of decoding a page.
enum GUID {
    /// The GUID in `text` (`8-4-4-4-12` hex digits, either case), or nil.
    static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// The GUID in 36 UTF-8 bytes, or nil.
    ///
    /// Branch-free over the digits: each byte goes through a 256-entry table that gives its value,
    /// or a flag bit for a byte that is not a hex digit, and the flags and dashes are checked once
    /// at the end. Branching per digit mispredicted on about every other byte of random hex.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard bytes.count == 36, let input = bytes.baseAddress else { return nil }
        return hexValues.withUnsafeBufferPointer { table -> UUID? in
            guard let table = table.baseAddress else { return nil }
            var raw:
                (
                    UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                    UInt8, UInt8
                ) =
                    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var flags: UInt8 = 0
            withUnsafeMutableBytes(of: &raw) { output in
                for index in 0..<16 {
                    let offset = digitOffsets[index]
                    let high = table[Int(input[offset])]
                    let low = table[Int(input[offset + 1])]
                    flags |= high | low
                    output[index] = high << 4 | (low & 0x0F)
                }
            }
            // Parenthesised: `^` and `|` share a precedence and group left to right, so without them a
            // separator such as `%` at index 18 cancelled out against the dash that followed it.
            let dashes = (input[8] ^ dash) | (input[13] ^ dash) | (input[18] ^ dash) | (input[23] ^ dash)
            return flags & invalidFlag == 0 && dashes == 0 ? UUID(uuid: raw) : nil
        }
    }

    private static let dash = UInt8(ascii: "-")
    private static let invalidFlag: UInt8 = 0x10

    /// Where each byte's two digits start in `8-4-4-4-12` text.
    private static let digitOffsets = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34]

    /// Each byte's hex value, or ``invalidFlag`` for a byte that is not a hex digit.
    private static let hexValues: [UInt8] = (0...255).map { byte in hex(UInt8(byte)) ?? invalidFlag }

    /// The value of one hex digit, either case; nil for anything else.
    @inline(__always)
    static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte &- UInt8(ascii: "a") &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte &- UInt8(ascii: "A") &+ 10
        default: nil
        }
    }
}
