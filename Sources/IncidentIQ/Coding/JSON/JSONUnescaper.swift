/// Resolves the escapes in a JSON string's bytes: `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`
/// and `\uXXXX`, with UTF-16 surrogate pairs. A lone surrogate becomes U+FFFD, as Foundation does.
enum JSONUnescaper {
    /// The string, or nil when an escape is malformed.
    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { return nil }
            let code = bytes[index + 1]
            index += 2
            switch code {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(code)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                guard let unit = hexUnit(bytes, at: index) else { return nil }
                index += 4
                var scalar = Unicode.Scalar(unit)
                if (0xD800..<0xDC00).contains(unit), index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u"), let low = hexUnit(bytes, at: index + 2),
                    (0xDC00..<0xE000).contains(low)
                {
                    scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
                    index += 6
                }
                output.append(contentsOf: String(Character(scalar ?? "\u{FFFD}")).utf8)
            default:
                return nil
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hexUnit(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt16? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for byte in bytes[start..<start + 4] {
            guard let digit = GUID.hex(byte) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
