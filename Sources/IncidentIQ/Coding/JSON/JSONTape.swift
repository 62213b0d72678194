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
/// The document owns a copy of its bytes, so the entries stay valid however long it lives.
final class JSONTape: Sendable {
    let bytes: [UInt8]
    let entries: [JSONEntry]

    /// Parses `data`; throws ``JSONSyntaxError`` for anything that is not one JSON value.
    init(_ data: Data) throws(JSONSyntaxError) {
        let bytes = [UInt8](data)
        self.bytes = bytes
        self.entries = try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            var scanner = TapeScanner(bytes: buffer)
            return try scanner.scanDocument()
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
        return try bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[Int(entry.start)..<Int(entry.start + entry.extent)]))
        }
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
        let entry = entries[index]
        guard entry.kind == .string else { return string(at: index) == name }
        var name = name
        return name.withUTF8 { wanted in
            guard wanted.count == Int(entry.extent) else { return false }
            return bytes.withUnsafeBufferPointer { all in
                guard let base = all.baseAddress, let other = wanted.baseAddress else { return wanted.isEmpty }
                return memcmp(base + Int(entry.start), other, wanted.count) == 0
            }
        }
    }
}
