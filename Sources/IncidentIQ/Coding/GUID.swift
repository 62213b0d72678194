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
    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard bytes.count == 36 else { return nil }
        var raw: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let parsed = withUnsafeMutableBytes(of: &raw) { output -> Bool in
            var input = 0
            for index in 0..<16 {
                if input == 8 || input == 13 || input == 18 || input == 23 {
                    guard bytes[input] == UInt8(ascii: "-") else { return false }
                    input += 1
                }
                guard let high = hex(bytes[input]), let low = hex(bytes[input + 1]) else { return false }
                output[index] = high << 4 | low
                input += 2
            }
            return true
        }
        return parsed ? UUID(uuid: raw) : nil
    }

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
