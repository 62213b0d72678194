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
    /// Eight digits at a time, in a 64-bit word: one range check on all eight bytes, their values
    /// by arithmetic, and the nibbles packed into four bytes by shifts, without a branch or a table
    /// per digit. A ticket holds about 27 GUIDs, and a table walk per digit took about 4% of a
    /// ticket page's decode.
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard bytes.count == 36, let input = bytes.baseAddress else { return nil }
        // Parenthesised: `^` and `|` share a precedence and group left to right, so without them a
        // separator such as `%` at index 18 cancelled out against the dash that followed it.
        let dashes = (input[8] ^ dash) | (input[13] ^ dash) | (input[18] ^ dash) | (input[23] ^ dash)
        guard dashes == 0 else { return nil }
        // Every load below stays inside the 36 bytes checked above: 8 bytes at 0 and at 28, 4 bytes
        // at 9, 14, 19 and 24. The stores write 4 bytes at 0, 4, 8 and 12 of the 16-byte tuple.
        let raw = UnsafeRawPointer(input)
        func word(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        func half(_ offset: Int) -> UInt64 {
            UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        }
        // `8-4-4-4-12`: the digits of each 4-byte quarter of the GUID, first digit in the low byte.
        guard let first = packed(word(0)), let second = packed(half(9) | half(14) << 32),
            let third = packed(half(19) | half(24) << 32), let fourth = packed(word(28))
        else { return nil }
        var uuid:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8
            ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &uuid) { output in
            output.storeBytes(of: first.littleEndian, toByteOffset: 0, as: UInt32.self)
            output.storeBytes(of: second.littleEndian, toByteOffset: 4, as: UInt32.self)
            output.storeBytes(of: third.littleEndian, toByteOffset: 8, as: UInt32.self)
            output.storeBytes(of: fourth.littleEndian, toByteOffset: 12, as: UInt32.self)
        }
        return UUID(uuid: uuid)
    }

    /// The four bytes spelled by the eight hex digits in `digits` (the first digit in the low byte),
    /// the first byte in the low byte of the result; nil unless all eight are hex digits.
    @inline(__always)
    private static func packed(_ digits: UInt64) -> UInt32? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs = ones &* 0x80
        // The wrapping operators never wrap, for any input: `ones &* k` with `k` under 0x100 puts `k`
        // in every byte. Once every byte is below 0x80 (checked first; `folded` keeps it so),
        // adding `0x80 - low` (at most 0x50) sets a byte's high bit exactly when the byte is at least
        // `low`, and adding `0x7F - high` (at most 0x46) leaves it clear exactly when the byte is at
        // most `high`; no sum passes 0xFF, so no byte carries into the next.
        guard (digits & highs) == 0 else { return nil }
        func atLeast(_ word: UInt64, _ low: UInt8) -> UInt64 { (word &+ (ones &* UInt64(0x80 - low))) & highs }
        func atMost(_ word: UInt64, _ high: UInt8) -> UInt64 { ~(word &+ (ones &* UInt64(0x7F - high))) & highs }
        let decimal = atLeast(digits, 0x30) & atMost(digits, 0x39)
        let folded = digits | (ones &* 0x20)  // `A`-`F` to `a`-`f`
        let letter = atLeast(folded, 0x61) & atMost(folded, 0x66)
        guard (decimal | letter) == highs else { return nil }
        // A digit's value is its low nibble; a letter's is its low nibble plus 9 (bit 6 marks letters).
        // Each byte then holds at most 15 (6 + 9 for `f`), so neither `&+` nor `&* 9` carries.
        let values = (digits & (ones &* 0x0F)) &+ ((digits >> 6) & ones) &* 9
        // Pairs of nibbles into bytes, then the four bytes together.
        let pairs = (values << 4 | values >> 8) & 0x00FF_00FF_00FF_00FF
        let quads = (pairs | pairs >> 8) & 0x0000_FFFF_0000_FFFF
        return UInt32(truncatingIfNeeded: quads | quads >> 16)
    }

    private static let dash = UInt8(ascii: "-")

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
