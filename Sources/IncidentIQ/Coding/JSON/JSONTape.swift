import Foundation

/// One JSON value on a ``JSONTape``.
///
/// Scalars point at their bytes. An object or array records how many members it has and the tape
/// index just past its last descendant, so a reader skips a whole subtree in one step. An object's
/// members follow it as key, value, key, value.
struct JSONEntry: Sendable {
    enum Kind: UInt8, Sendable {
        case object, array, string, escapedString, integer, number, `true`, `false`, null
    }

    var kind: Kind
    /// Strings and numbers: the first byte (after the opening quote). Containers: the member count.
    var start: UInt32
    /// Strings and numbers: the byte count. Containers: the tape index past the last descendant.
    var extent: UInt32
    /// Object keys: ``KeyHash`` of the raw bytes, so a lookup compares bytes only on a likely match.
    var hash: UInt32 = 0

    var isContainer: Bool { kind == .object || kind == .array }
}

/// A JSON document parsed once into a flat list of entries, which the SDK's decoder reads by index
/// without building dictionaries, boxing values or copying keys.
///
/// The tape reads the document's bytes where they are: it is made inside ``withTape(of:_:)`` and
/// must not be used after that returns (decoded values copy what they keep). It owns its entries,
/// freed when it goes, so reads need no array bookkeeping; every index it is given comes from its
/// own entries.
final class JSONTape {
    let bytes: UnsafeBufferPointer<UInt8>
    let entries: UnsafeBufferPointer<JSONEntry>

    /// Parses `bytes`; throws ``JSONSyntaxError`` for anything that is not one JSON value.
    private init(borrowing bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) {
        self.bytes = bytes
        entries = try TapeScanner.scan(bytes)
    }

    deinit {
        entries.deallocate()
    }

    /// Runs `body` with the tape of `data`, valid only inside `body`.
    static func withTape<R>(of data: Data, _ body: (JSONTape) throws -> R) throws -> R {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws -> R in
            let tape: JSONTape
            do throws(JSONSyntaxError) {
                tape = try JSONTape(borrowing: raw.bindMemory(to: UInt8.self))
            } catch {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(codingPath: [], debugDescription: error.description, underlyingError: error))
            }
            return try body(tape)
        }
    }

    /// The tape index just past the value at `index` and everything inside it.
    @inline(__always)
    func end(of index: Int) -> Int {
        let entry = entries[index]
        return entry.isContainer ? Int(entry.extent) : index + 1
    }

    /// Runs `body` over the bytes of the string or number at `index`.
    @inline(__always)
    func withBytes<R>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let entry = entries[index]
        return try body(UnsafeBufferPointer(rebasing: bytes[Int(entry.start)..<Int(entry.start + entry.extent)]))
    }

    /// The string at `index`, with escapes resolved; nil if the escapes are invalid.
    func string(at index: Int) -> String? {
        if entries[index].kind == .string {
            return withBytes(of: index) { String(decoding: $0, as: UTF8.self) }
        }
        return withBytes(of: index) { JSONUnescaper.unescape($0) }
    }

    /// Whether the key at `index` spells `name`.
    @inline(__always)
    func key(at index: Int, equals name: String) -> Bool {
        if let equal = name.utf8.withContiguousStorageIfAvailable({ key(at: index, spells: $0) }) { return equal }
        return string(at: index) == name
    }

    /// Whether the key at `index` spells the UTF-8 in `name`.
    @inline(__always)
    func key(at index: Int, spells name: UnsafeBufferPointer<UInt8>) -> Bool {
        let entry = entries[index]
        guard entry.kind == .string else { return string(at: index).map { $0.utf8.elementsEqual(name) } ?? false }
        return name.count == Int(entry.extent) && Self.equal(name, bytes, at: Int(entry.start))
    }

    /// Whether `wanted` matches `bytes` from `offset`, eight bytes at a time; keys are short, and a
    /// call to `memcmp` cost more than the comparison.
    @inline(__always)
    static func equal(_ wanted: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int)
        -> Bool
    {
        guard let left = wanted.baseAddress, let right = bytes.baseAddress.map({ $0 + offset }) else {
            return wanted.isEmpty
        }
        let count = wanted.count
        var position = 0
        while position + 8 <= count {
            let a = UnsafeRawPointer(left).loadUnaligned(fromByteOffset: position, as: UInt64.self)
            let b = UnsafeRawPointer(right).loadUnaligned(fromByteOffset: position, as: UInt64.self)
            if a != b { return false }
            position += 8
        }
        while position < count {
            if left[position] != right[position] { return false }
            position += 1
        }
        return true
    }
}
