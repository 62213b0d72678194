/// The nested objects of one document already decoded, found again by their content, so a page
/// decodes each distinct nested object once.
///
/// A page of 1,000 assets names a few dozen models, schools and statuses, each written out in full
/// in every asset that has it; filling those nested models was about a quarter of a walk's CPU. A
/// nested object whose bytes match, entry for entry, one already decoded as the same type is the
/// same value, so the decoder hands out that value instead of decoding it again.
///
/// Sound because decoding is a function of the bytes and the type, with two exceptions the decoder
/// keeps out: a value whose decode reported a drift or a skip (its report names its own position, so
/// each occurrence must report) is never stored, and only objects inside a list's records are
/// looked up (a `get(id)` item may fill its id from the request).
///
/// Bounded: at most ``capacity`` values per document, one per fingerprint (no chains, so colliding
/// objects cost a miss, never a search). A lookup costs one pass over the object's entries to hash
/// it and, on a fingerprint match, one to compare it. Only objects a model declares are looked up,
/// so a byte is hashed once per typed model around it (asset, model, manufacturer: a few levels,
/// fixed by the SDK's models, whatever the response nests): a page costs time linear in its size.
final class RepeatedObjectMemo {
    static let capacity = 512

    /// A decoded value kept in memory of its own, so reading it back in the decoder's unspecialized
    /// generic code costs no metadata look-up (an `Any` cast to `T` looked up `Optional<T>` each time).
    ///
    /// `value` points at one initialized value of the type `type` names: ``store(_:at:fingerprint:)``
    /// allocates and initializes it as `T` and records `ObjectIdentifier(T.self)` beside it, and only
    /// `deinit` (through `destroy`, made in the same call with the same `T`) deinitializes and frees
    /// it. ``value(at:type:fingerprint:in:)`` hands the pointer out only to a caller asking for that
    /// same type, so binding it to that type reads a live value of it.
    private struct Stored {
        let index: Int
        let type: ObjectIdentifier
        let value: UnsafeMutableRawPointer
        let destroy: (UnsafeMutableRawPointer) -> Void
    }

    private var stored: [Int: Stored] = [:]

    deinit {
        for entry in stored.values { entry.destroy(entry.value) }
    }

    /// The value of type `type` decoded before from an object identical to the one at `index`, if any.
    func value(at index: Int, type: ObjectIdentifier, fingerprint: Int, in tape: JSONTape) -> UnsafeMutableRawPointer? {
        guard let candidate = stored[fingerprint], candidate.type == type, Self.equal(candidate.index, index, in: tape)
        else { return nil }
        return candidate.value
    }

    /// Keeps a copy of `value`, decoded as `T` from the object at `index`, unless the memo is full or
    /// the fingerprint is taken.
    func store<T>(_ value: T, at index: Int, fingerprint: Int) {
        guard stored.count < Self.capacity, stored[fingerprint] == nil else { return }
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: 1)
        pointer.initialize(to: value)
        stored[fingerprint] = Stored(
            index: index, type: ObjectIdentifier(T.self), value: UnsafeMutableRawPointer(pointer),
            destroy: { raw in
                let typed = raw.assumingMemoryBound(to: T.self)
                typed.deinitialize(count: 1)
                typed.deallocate()
            })
    }

    /// A hash of the object at `index`: every entry's kind and count or length, and the first and
    /// last eight bytes of every key and scalar. Objects that differ only in the middle of a long
    /// value share a fingerprint; ``equal(_:_:in:)`` tells them apart, and the second is not stored.
    static func fingerprint(of index: Int, in tape: JSONTape) -> Int {
        let end = tape.end(of: index)
        var hash = UInt64(truncatingIfNeeded: end - index)
        for position in index..<end {
            let entry = tape.entries[position]
            // A container's `start` is its member count; a scalar's is where it sits in the document.
            if entry.isContainer {
                hash = mix(hash, UInt64(entry.kind.rawValue) << 32 | UInt64(entry.start))
                continue
            }
            hash = mix(hash, UInt64(entry.kind.rawValue) << 32 | UInt64(entry.extent))
            guard Self.hasBytes(entry) else { continue }
            tape.withBytes(of: position) { bytes in
                hash = mix(hash, word(bytes, from: 0))
                if bytes.count > 8 { hash = mix(hash, word(bytes, from: bytes.count - 8)) }
            }
        }
        return Int(truncatingIfNeeded: hash)
    }

    /// Whether the objects at `first` and `second` are written the same, entry for entry.
    static func equal(_ first: Int, _ second: Int, in tape: JSONTape) -> Bool {
        let length = tape.end(of: first) - first
        guard tape.end(of: second) - second == length else { return false }
        for offset in 0..<length {
            let left = tape.entries[first + offset]
            let right = tape.entries[second + offset]
            guard left.kind == right.kind else { return false }
            if left.isContainer {
                guard left.start == right.start else { return false }
            } else if Self.hasBytes(left) {
                // In bounds: `right` is a scanned scalar, so its `extent` bytes from `start` lie in
                // the document, and `equal` reads exactly `left.extent` (the same count) of them.
                guard left.extent == right.extent,
                    tape.withBytes(of: first + offset, { JSONTape.equal($0, tape.bytes, at: Int(right.start)) })
                else { return false }
            }
        }
        return true
    }

    /// Whether the entry points at bytes of the document: a string, a key or a number. Literals
    /// (`null`, `true`, `false`) are told apart by their kind alone.
    @inline(__always)
    private static func hasBytes(_ entry: JSONEntry) -> Bool {
        !entry.isContainer && entry.kind != .null && entry.kind != .true && entry.kind != .false
    }

    /// Up to eight bytes of `bytes` from `offset`, as one word. The unaligned load is taken only when
    /// `offset + 8 <= bytes.count` (callers pass 0, or `count - 8` when `count > 8`), so it reads
    /// inside the buffer; shorter values are read byte by byte within `count`.
    @inline(__always)
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> UInt64 {
        if offset + 8 <= bytes.count, let base = bytes.baseAddress {
            return UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        }
        var word: UInt64 = 0
        var position = offset
        while position < Swift.min(offset + 8, bytes.count) {
            word = word << 8 | UInt64(bytes[position])
            position += 1
        }
        return word
    }

    /// One step of the fingerprint's hash; the multiplication wraps by design (a hash, not a count).
    @inline(__always)
    private static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        let mixed = (hash ^ value) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }
}
