import Foundation

/// Percent-encoding for IIQ routes.
enum PathEncoding {
    /// RFC 3986 unreserved characters: the only ones left as they are in a path segment.
    private static let segmentAllowed = AllowedBytes(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// Query names and values keep `$` (for `$s`, `$p`, `$o`, `$d`, `$filter`) and a few harmless marks
    /// literal; `&`, `=`, `+`, `#`, `%`, `;` and spaces are encoded.
    private static let queryAllowed = AllowedBytes(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~$'()*,:@/!")

    /// Encodes one path segment. `.` and `..` are encoded too, so they cannot climb the route.
    static func encodeSegment(_ segment: String) -> String {
        if segment == "." { return "%2E" }
        if segment == ".." { return "%2E%2E" }
        return encode(segment, keeping: segmentAllowed)
    }

    static func encodeQuery(_ text: String) -> String {
        encode(text, keeping: queryAllowed)
    }

    /// `text` with every UTF-8 byte outside `allowed` written as `%XX` (upper-case hex), as
    /// Foundation's `addingPercentEncoding` writes it; that goes through UTF-16 on Linux and was a
    /// third of the SDK's per-request overhead. Text with nothing to encode is returned as is.
    private static func encode(_ text: String, keeping allowed: AllowedBytes) -> String {
        guard text.utf8.contains(where: { !allowed.contains($0) }) else { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if allowed.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A set of ASCII bytes, as two 64-bit masks.
private struct AllowedBytes: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ characters: String) {
        for byte in characters.utf8 where byte < 128 {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
    }
}
