/// A key's hash: its length and its first and last eight bytes, mixed. Computed once per key by
/// the scanner and once per lookup, in a few instructions whatever the key's length; the bytes
/// are compared in full on a match, so a collision costs time, never correctness.
enum KeyHash {
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var head: UInt64 = 0
        var tail: UInt64 = 0
        if count >= 8 {
            head = raw.loadUnaligned(as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else {
            for index in 0..<count { head |= UInt64(base[index]) << (UInt64(index) * 8) }
        }
        var mixed = head &* 0x9E37_79B9_7F4A_7C15
        mixed ^= (tail &+ UInt64(count)) &* 0xC2B2_AE3D_27D4_EB4F
        mixed ^= mixed >> 29
        return UInt32(truncatingIfNeeded: mixed ^ (mixed >> 32))
    }

    /// A string's hash, from its contiguous UTF-8 (keys are literals, so always), else a copy.
    @inline(__always)
    static func of(_ name: String) -> UInt32 {
        name.utf8.withContiguousStorageIfAvailable { of($0) } ?? Array(name.utf8).withUnsafeBufferPointer { of($0) }
    }
}
