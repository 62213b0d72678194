import Synchronization

/// The keys of one `CaseIterable` coding-key enum, numbered in declaration order, so a decoder can
/// index an object by walking its keys once and then answer each lookup with one load.
///
/// A lookup through a plan never computes the key's string or hash: the key's ordinal is its enum
/// tag. That holds only for a one-byte enum whose cases carry tags 0, 1, 2… in `allCases` order,
/// which ``make(for:)`` checks case by case; any other key type gets no plan and is looked up by
/// name.
///
/// Plans are made once per key type and kept for the life of the process, so decoders hold them
/// unretained (``Reference``).
final class KeyPlan: Sendable {
    /// A plan held without reference counting, which is sound because no plan is ever freed.
    typealias Reference = Unmanaged<KeyPlan>

    /// The keys' UTF-8, back to back; key `n` spans `offsets[n]..<offsets[n + 1]`.
    private let bytes: [UInt8]
    private let offsets: [Int]
    /// ``KeyHash`` of each key.
    private let hashes: [UInt32]
    /// Open addressing by hash: ordinals, -1 for empty.
    private let slots: [Int16]

    /// The number of keys.
    var count: Int { hashes.count }

    private init(names: [String]) {
        var bytes: [UInt8] = []
        var offsets = [0]
        for name in names {
            bytes += name.utf8
            offsets.append(bytes.count)
        }
        let hashes = names.map { KeyHash.of($0) }
        var capacity = 16
        while capacity < names.count * 2 { capacity <<= 1 }
        var slots = [Int16](repeating: -1, count: capacity)
        for (ordinal, hash) in hashes.enumerated() {
            var slot = Int(hash) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int16(ordinal)
        }
        self.bytes = bytes
        self.offsets = offsets
        self.hashes = hashes
        self.slots = slots
    }

    /// The ordinal of the key at tape index `key`, or nil when the plan has no such key.
    func ordinal(ofKeyAt key: Int, in tape: JSONTape) -> Int? {
        let entry = tape.entries[key]
        let mask = slots.count - 1
        var slot = Int(entry.hash) & mask
        while case let ordinal = Int(slots[slot]), ordinal >= 0 {
            if hashes[ordinal] == entry.hash, spells(ordinal, keyAt: key, in: tape) { return ordinal }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func spells(_ ordinal: Int, keyAt key: Int, in tape: JSONTape) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            let name = UnsafeBufferPointer(rebasing: all[offsets[ordinal]..<offsets[ordinal + 1]])
            return tape.key(at: key, spells: name)
        }
    }

    /// The ordinal of `key`: its enum tag. Only for a `Key` this plan was made for, which is one
    /// byte wide.
    @inline(__always)
    static func ordinal<Key: CodingKey>(of key: Key) -> Int {
        Int(unsafeBitCast(key, to: UInt8.self))
    }

    // MARK: Plans by type

    /// Every plan made, and nil for each key type that cannot have one. Never shrinks.
    private static let plans = Mutex<[ObjectIdentifier: KeyPlan?]>([:])

    /// The plan for the key type `id` names, made by `make` the first time; nil for a key type
    /// that cannot have one.
    static func plan(for id: ObjectIdentifier, make: () -> KeyPlan?) -> Reference? {
        if let known = plans.withLock({ $0[id] }) { return known.map(Reference.passUnretained) }
        let plan = make()
        return plans.withLock { plans in
            // Another thread may have made one first; keep that one, so every decoder shares it.
            if let known = plans[id] { return known.map(Reference.passUnretained) }
            plans[id] = plan
            return plan.map(Reference.passUnretained)
        }
    }

    /// A plan when `Key` is a `CaseIterable` one-byte enum whose tags number its cases in order.
    static func make<Key: CodingKey>(for type: Key.Type) -> KeyPlan? {
        guard MemoryLayout<Key>.size == 1, let iterable = type as? any CaseIterable.Type else { return nil }
        // A one-byte tag numbers at most 256 cases, which also keeps ordinals within `Int16`.
        let cases = allCases(of: iterable)
        guard cases.count <= 256 else { return nil }
        var names: [String] = []
        for (ordinal, value) in cases.enumerated() {
            guard let key = value as? Key, Self.ordinal(of: key) == ordinal else { return nil }
            names.append(key.stringValue)
        }
        return KeyPlan(names: names)
    }

    private static func allCases<Cases: CaseIterable>(of type: Cases.Type) -> [Any] {
        type.allCases.map { $0 }
    }
}
