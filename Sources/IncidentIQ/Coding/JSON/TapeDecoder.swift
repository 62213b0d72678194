import Foundation

/// The SDK's `Decoder`: reads models straight off a ``JSONTape``.
///
/// `JSONDecoder` builds a dictionary of `String` keys for every object it enters and boxes every
/// value; on a page of IIQ assets that cost five times a minimal decode. This decoder compares
/// keys as bytes on the tape, reads scalars in place, resolves each optional field with one
/// lookup, and reuses itself for nested values. It reads exactly what the SDK's models need:
/// IIQ dates, GUIDs, `Decimal` and `URL` from JSON scalars, and the standard containers.
///
/// A decoder lives for one `decode` call on one thread; containers are only valid while the
/// value they were made for is being decoded, as `Decodable` implementations use them.
///
/// ## Lifetime
/// Containers and scalars hold their decoder `unowned(unsafe)`, so passing them around (the
/// standard library copies a keyed container for every field it reads) costs no reference
/// counting. That is sound because no decoder dies while anything made from it is in use:
/// - the root decoder lives until the static ``decode(_:from:)`` returns, and only the SDK's own
///   models are decoded with it; each uses its containers inside its `init(from:)` and keeps none;
/// - a detached decoder (for a nested container or `superDecoder`) is kept by the decoder it was
///   detached from (``adopted``), which is itself the root or kept the same way.
///
/// The fence: a caller's own `Decodable` (a raw call's answer) may keep a container or the decoder
/// past `init(from:)`, which this proof does not cover; kept that way, a container reads freed
/// memory. Raw calls set ``IIQOperation/decodesCallerTypes`` and are decoded with Foundation's
/// `JSONDecoder` (``IIQJSON/decodeCallerType(_:from:)``) instead; `CallerTypeSafetyTests` crashes
/// with SIGSEGV if they are routed here.
final class TapeDecoder: Decoder {
    let tape: JSONTape
    /// The tape index of the value being decoded.
    var current: Int { position.pointee.current }
    /// The keys from the root to the current value.
    var path: [any CodingKey] { path(toDepth: depth) }
    /// How many keys deep the current value is.
    var depth: Int { base.count + position.pointee.steps.count }
    /// The path to where a detached decoder starts; empty for the root decoder.
    private let base: [any CodingKey]
    /// Where the decoder is, in memory of its own: a class's stored `var` would cost a dynamic
    /// exclusivity check on every move, two per value decoded.
    private let position: UnsafeMutablePointer<Position>

    private struct Position {
        var current: Int
        /// The steps from ``base`` to the current value, read as keys only when a path is wanted.
        var steps: [PathStep]
    }

    /// Per nesting depth: where the last key lookup ended, the last large object's key table, and
    /// the last object indexed by key ordinal.
    let levels = LookupLevels()
    /// The key plans this decoder has used.
    let plans = KeyPlanCache()
    /// Decoders detached from this one, kept alive for the containers that hold them unretained.
    private var adopted: [TapeDecoder] = []
    /// The nested objects of the document decoded so far, shared with detached decoders.
    private let memo: RepeatedObjectMemo

    var codingPath: [any CodingKey] { path }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private init(tape: JSONTape, current: Int, path: [any CodingKey], memo: RepeatedObjectMemo) {
        self.tape = tape
        self.memo = memo
        base = path
        position = .allocate(capacity: 1)
        position.initialize(to: Position(current: current, steps: []))
    }

    deinit {
        position.deinitialize(count: 1)
        position.deallocate()
        levels.deallocate()
        plans.deallocate()
    }

    /// Decodes `type` from `data`, mapping malformed JSON to `DecodingError.dataCorrupted`.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONTape.withTape(of: data) { tape in
            try TapeDecoder(tape: tape, current: 0, path: [], memo: RepeatedObjectMemo()).decode(type, at: 0, step: nil)
        }
    }

    // MARK: Nesting

    /// Decodes the value at `index`, reached through `step` from the current depth.
    ///
    /// Scalars are read in place; anything else is decoded by its own `init(from:)` with this
    /// decoder moved to the value and `step` pushed on the path, and then moved back.
    func decode<T: Decodable>(_ type: T.Type, at index: Int, step: PathStep?) throws -> T {
        if let inPlace = InPlaceType(T.self) {
            let scalar = TapeScalar(decoder: self, index: index, depth: depth, step: step)
            if scalar.readsInPlace(inPlace) { return try scalar.decode(inPlace, as: T.self) }
        }
        // An object inside a list's record (a page's `Items[i]` is at depth 2, its nested objects
        // deeper): decoded once per distinct content (see ``RepeatedObjectMemo``).
        var fingerprint: Int?
        if depth >= 2, tape.entries[index].kind == .object {
            let hash = RepeatedObjectMemo.fingerprint(of: index, in: tape)
            if let stored = memo.value(at: index, type: ObjectIdentifier(T.self), fingerprint: hash, in: tape) {
                // The memo returns a pointer only for the type asked for, to a live value of it.
                return stored.assumingMemoryBound(to: T.self).pointee
            }
            fingerprint = hash
        }
        let reports = fingerprint == nil ? 0 : DecodingLog.reportCount
        let saved = position.pointee.current
        position.pointee.current = index
        if let step { position.pointee.steps.append(step) }
        defer {
            position.pointee.current = saved
            if step != nil { position.pointee.steps.removeLast() }
        }
        let value = try T(from: self)
        if let fingerprint, DecodingLog.reportCount == reports {
            memo.store(value, at: index, fingerprint: fingerprint)
        }
        return value
    }

    /// The current value, read as a scalar.
    var currentScalar: TapeScalar { TapeScalar(decoder: self, index: current, depth: depth, step: nil) }

    /// The path of a container made at `depth`, for its errors: the keys are read off the tape
    /// only now.
    func path(toDepth depth: Int) -> [any CodingKey] {
        let steps = position.pointee.steps.prefix(max(0, depth - base.count))
        return base.prefix(depth) + steps.map { $0.key(in: tape) }
    }

    // MARK: Decoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard tape.entries[current].kind == .object else {
            throw currentScalar.mismatch([String: Any].self)
        }
        return KeyedDecodingContainer(TapeKeyedContainer<Key>(decoder: self, object: current, depth: depth))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard tape.entries[current].kind == .array else {
            throw currentScalar.mismatch([Any].self)
        }
        return TapeUnkeyedContainer(decoder: self, array: current, depth: depth)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        TapeSingleValueContainer(decoder: self, index: current, depth: depth)
    }

    /// A fresh decoder for the value at `index`, for `superDecoder()`.
    func detached(at index: Int, path: [any CodingKey]) -> TapeDecoder {
        let decoder = TapeDecoder(tape: tape, current: index, path: path, memo: memo)
        adopted.append(decoder)
        return decoder
    }
}
