/// An open-addressing index of one object's keys by ``KeyHash``, so a key read out of the server's
/// order is found in one probe instead of a pass over the object. A decoder keeps one per depth and
/// rebuilds it in place for each object it indexes, so a page of items allocates it once.
///
/// ``KeyHash`` is cheap and unseeded, so a body can be written whose keys all share one hash (same
/// length, same first and last eight bytes). Linear probing would then cost O(n²) over n keys: 15 s
/// for 200,000 keys. The build therefore counts its probes, and past ``probeBudget(forKeys:)`` it
/// stops and indexes the object in a `Dictionary` instead, whose hashing the standard library seeds
/// per process, so no body can make it collide. Worst case, every object costs time linear in its
/// keys; ordinary objects never reach the budget and keep the fast table.
struct KeyTable {
    /// The tape index of the object indexed, or -1.
    private(set) var object = -1
    /// Tape indexes of keys, -1 for empty; the first `mask + 1` are in use.
    private var slots: UnsafeMutableBufferPointer<Int32> = UnsafeMutableBufferPointer(start: nil, count: 0)
    private var mask = 0
    /// The index by key text, when the hashes collided past the budget; nil otherwise.
    private(set) var fallback: [String: Int]?

    /// The most probes a build may take for `count` keys before it falls back. At half load, linear
    /// probing averages about 1.5 probes a key, so eight a key is never reached by chance.
    static func probeBudget(forKeys count: Int) -> Int { 8 * count + 64 }

    /// Indexes the object at `object`.
    mutating func build(for object: Int, in tape: JSONTape) {
        let entries = tape.entries
        let count = Int(entries[object].start)
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        if slots.count < capacity {
            slots.deallocate()
            slots = .allocate(capacity: capacity)
        }
        slots.update(repeating: -1)
        mask = capacity - 1
        fallback = nil
        self.object = object
        var budget = Self.probeBudget(forKeys: count)
        var key = object + 1
        let end = Int(entries[object].extent)
        while key < end {
            var slot = Int(entries[key].hash) & mask
            while slots[slot] >= 0 {
                budget -= 1
                if budget < 0 {
                    buildFallback(for: object, in: tape)
                    return
                }
                slot = (slot + 1) & mask
            }
            slots[slot] = Int32(key)
            key = tape.end(of: key + 1)
        }
    }

    /// Indexes the object by key text; a repeated key keeps its first value, as the table does.
    private mutating func buildFallback(for object: Int, in tape: JSONTape) {
        var index: [String: Int] = [:]
        index.reserveCapacity(Int(tape.entries[object].start))
        var key = object + 1
        let end = Int(tape.entries[object].extent)
        while key < end {
            // A key with an invalid escape matches no name, as in the table.
            if let name = tape.string(at: key), index[name] == nil { index[name] = key }
            key = tape.end(of: key + 1)
        }
        fallback = index
    }

    /// The most probes one lookup takes before the object is indexed by text instead. A build
    /// within its budget can still leave one cluster of about √(16n) keys; without this bound, n
    /// lookups into it (a hand-written decoder reading every key) would cost O(n^1.5).
    static let lookupProbeLimit = 32

    /// The tape index of the key spelled `name` whose hash is `hash`, or nil.
    mutating func find(_ name: String, hash: UInt32, in tape: JSONTape) -> Int? {
        if let fallback { return fallback[name] }
        var slot = Int(hash) & mask
        var probes = 0
        while slots[slot] >= 0 {
            let key = Int(slots[slot])
            if tape.entries[key].hash == hash, tape.key(at: key, equals: name) { return key }
            probes += 1
            if probes > Self.lookupProbeLimit {
                buildFallback(for: object, in: tape)
                return fallback?[name]
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    func deallocate() {
        slots.deallocate()
    }
}

/// A decoder's lookup state per nesting depth, in memory it owns: where the last lookup ended, the
/// key table, and the object indexed by a ``KeyPlan``. Depths past ``capacity`` (never reached by
/// IIQ's shapes) are scanned instead.
struct LookupLevels {
    struct Level {
        var cursor = 0
        var table = KeyTable()
        var planned = PlannedObject()
    }

    static let capacity = 32
    private let levels: UnsafeMutablePointer<Level>

    init() {
        levels = .allocate(capacity: Self.capacity)
        levels.initialize(repeating: Level(), count: Self.capacity)
    }

    /// The state for `depth`, or nil past the capacity.
    @inline(__always)
    func level(_ depth: Int) -> UnsafeMutablePointer<Level>? {
        depth < Self.capacity ? levels + depth : nil
    }

    func deallocate() {
        for depth in 0..<Self.capacity {
            levels[depth].table.deallocate()
            levels[depth].planned.deallocate()
        }
        levels.deinitialize(count: Self.capacity)
        levels.deallocate()
    }
}
