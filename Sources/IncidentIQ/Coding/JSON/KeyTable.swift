/// An open-addressing index of one object's keys by ``KeyHash``, so a key read out of the server's
/// order is found in one probe instead of a pass over the object. A decoder keeps one per depth and
/// rebuilds it in place for each object it indexes, so a page of items allocates it once.
struct KeyTable {
    /// The tape index of the object indexed, or -1.
    private(set) var object = -1
    /// Tape indexes of keys, -1 for empty; the first `mask + 1` are in use.
    private var slots: UnsafeMutableBufferPointer<Int32> = UnsafeMutableBufferPointer(start: nil, count: 0)
    private var mask = 0

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
        var key = object + 1
        let end = Int(entries[object].extent)
        while key < end {
            var slot = Int(entries[key].hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(key)
            key = tape.end(of: key + 1)
        }
        self.object = object
    }

    /// The tape index of the key spelled `name` whose hash is `hash`, or nil.
    func find(_ name: String, hash: UInt32, in tape: JSONTape) -> Int? {
        var slot = Int(hash) & mask
        while slots[slot] >= 0 {
            let key = Int(slots[slot])
            if tape.entries[key].hash == hash, tape.key(at: key, equals: name) { return key }
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
