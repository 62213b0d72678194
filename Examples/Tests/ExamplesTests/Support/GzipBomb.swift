import Foundation

/// gzip bodies that inflate far past their own size, written by hand in time linear in the
/// compressed size, so a test can send a 1 GiB bomb without compressing 1 GiB first.
///
/// The deflate stream is two blocks (RFC 1951):
/// 1. a fixed-Huffman block with one literal zero byte;
/// 2. a final dynamic-Huffman block whose literal/length code has two symbols, 256 (end of block)
///    and 285 (a copy of 258 bytes), and whose distance code has one, distance 1. Each copy of 258
///    zero bytes then costs 2 bits, so four copies are the byte `0x55`: 1,032 bytes out per byte in.
///
/// The trailer carries the real CRC-32 and length, so `gzip -t` accepts the result and every
/// decompressor inflates it in full if nothing stops it.
enum GzipBomb {
    /// A gzip member that inflates to at least `size` zero bytes (exactly `1 + 258 × n` of them).
    static func make(inflatingTo size: Int) -> (compressed: Data, inflatedSize: Int) {
        let copies = Swift.max((size - 1 + 257) / 258, 0)
        var bits = BitWriter()
        bits.bytes.append(contentsOf: [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])

        // Block 1: fixed Huffman, not final; the literal 0 (code 0x30, 8 bits), then end of block.
        bits.write(0, count: 1)
        bits.write(1, count: 2)
        bits.writeCode(0x30, length: 8)
        bits.writeCode(0, length: 7)

        // Block 2: dynamic Huffman, final. 286 literal/length codes, 1 distance code, 18 code-length codes.
        bits.write(1, count: 1)
        bits.write(2, count: 2)
        bits.write(29, count: 5)
        bits.write(0, count: 5)
        bits.write(14, count: 4)
        // Code-length code lengths, in RFC 1951's order: only 18 (a run of zeros) and 1 are used.
        for symbol in [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1] {
            bits.write(symbol == 18 || symbol == 1 ? 1 : 0, count: 3)
        }
        // Canonical code-length codes: symbol 1 is `0`, symbol 18 is `1`.
        func zeros(_ run: UInt32) {
            bits.write(1, count: 1)
            bits.write(run - 11, count: 7)
        }
        zeros(138)
        zeros(118)  // symbols 0...255 have no code
        bits.write(0, count: 1)  // 256 (end of block): length 1
        zeros(28)  // 257...284 have no code
        bits.write(0, count: 1)  // 285 (copy 258): length 1
        bits.write(0, count: 1)  // distance 0 (distance 1): length 1

        // Each copy: symbol 285 (`1`), then distance code 0 (`0`).
        var remaining = copies
        while remaining > 0, !bits.isAligned {
            bits.write(1, count: 2)
            remaining -= 1
        }
        bits.bytes.append(contentsOf: repeatElement(0x55, count: remaining / 4))
        for _ in 0..<(remaining % 4) { bits.write(1, count: 2) }
        bits.write(0, count: 1)  // end of block
        bits.flush()

        let inflated = 1 + 258 * copies
        bits.appendLittleEndian(CRC32.ofZeros(count: inflated))
        bits.appendLittleEndian(UInt32(truncatingIfNeeded: inflated))
        return (Data(bits.bytes), inflated)
    }

    /// The bytes of `data` compressed as a gzip member of stored (uncompressed) deflate blocks:
    /// valid gzip for any input, for the stacked-encoding scenarios.
    static func stored(_ data: Data) -> Data {
        var out: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]
        let bytes = [UInt8](data)
        var offset = 0
        repeat {
            let count = Swift.min(bytes.count - offset, 65_535)
            let final = offset + count == bytes.count
            out.append(final ? 1 : 0)
            out.append(contentsOf: [
                UInt8(count & 0xff), UInt8(count >> 8), UInt8(~count & 0xff), UInt8((~count >> 8) & 0xff),
            ])
            out.append(contentsOf: bytes[offset..<(offset + count)])
            offset += count
        } while offset < bytes.count
        var writer = BitWriter(bytes: out)
        writer.appendLittleEndian(CRC32.of(bytes))
        writer.appendLittleEndian(UInt32(truncatingIfNeeded: bytes.count))
        return Data(writer.bytes)
    }
}

/// Packs bits least significant first, as deflate does.
private struct BitWriter {
    var bytes: [UInt8] = []
    private var pending: UInt64 = 0
    private var pendingCount = 0

    init(bytes: [UInt8] = []) { self.bytes = bytes }

    var isAligned: Bool { pendingCount == 0 }

    /// Writes the low `count` bits of `value`, least significant first (header fields, extra bits).
    mutating func write(_ value: UInt32, count: Int) {
        pending |= UInt64(value & ((1 << count) - 1)) << pendingCount
        pendingCount += count
        while pendingCount >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: pending))
            pending >>= 8
            pendingCount -= 8
        }
    }

    /// Writes a Huffman code, most significant bit first.
    mutating func writeCode(_ code: UInt32, length: Int) {
        var reversed: UInt32 = 0
        for bit in 0..<length { reversed |= ((code >> bit) & 1) << (length - 1 - bit) }
        write(reversed, count: length)
    }

    mutating func flush() {
        if pendingCount > 0 { write(0, count: 8 - pendingCount) }
    }

    mutating func appendLittleEndian(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> shift)) }
    }
}

/// CRC-32 (IEEE, reflected), as gzip's trailer needs it.
enum CRC32 {
    private static let polynomial: UInt32 = 0xedb8_8320

    static func of(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xffff_ffff
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ polynomial : crc >> 1 }
        }
        return ~crc
    }

    /// The CRC of `count` zero bytes in O(log count): feeding zeros is linear in the CRC register,
    /// so the operator for `count` bytes is a power of the one-bit operator (as zlib's `crc32_combine`).
    static func ofZeros(count: Int) -> UInt32 {
        var odd = [UInt32](repeating: 0, count: 32)
        odd[0] = polynomial
        for bit in 1..<32 { odd[bit] = 1 << (bit - 1) }
        var even = square(odd)  // two zero bits
        odd = square(even)  // four zero bits
        var crc: UInt32 = 0xffff_ffff
        var length = count
        while length > 0 {
            even = square(odd)
            if length & 1 == 1 { crc = times(even, crc) }
            length >>= 1
            guard length > 0 else { break }
            odd = square(even)
            if length & 1 == 1 { crc = times(odd, crc) }
            length >>= 1
        }
        return ~crc
    }

    private static func times(_ matrix: [UInt32], _ vector: UInt32) -> UInt32 {
        var sum: UInt32 = 0
        var vector = vector
        var index = 0
        while vector != 0 {
            if vector & 1 == 1 { sum ^= matrix[index] }
            vector >>= 1
            index += 1
        }
        return sum
    }

    private static func square(_ matrix: [UInt32]) -> [UInt32] {
        matrix.map { times(matrix, $0) }
    }
}
