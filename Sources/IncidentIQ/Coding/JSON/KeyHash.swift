/// FNV-1a over a key's UTF-8: computed once per key by the scanner and once per lookup.
enum KeyHash {
    @inline(__always)
    static func of<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    /// A string's hash, read from its contiguous UTF-8 when it has it (keys are literals, so always).
    @inline(__always)
    static func of(_ name: String) -> UInt32 {
        name.utf8.withContiguousStorageIfAvailable { of($0) } ?? of(name.utf8)
    }
}
