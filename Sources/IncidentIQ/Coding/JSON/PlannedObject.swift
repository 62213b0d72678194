/// One object's values by key ordinal, filled in one walk over its keys with a ``KeyPlan``. A
/// decoder keeps one per depth and refills it in place for each object, so a page of items
/// allocates it once.
struct PlannedObject {
    /// The tape index of the object indexed, or -1.
    private var object = -1
    /// The plan it was indexed with.
    private var plan: KeyPlan.Reference?
    /// The number of key ordinals: the plan's key count.
    private(set) var count = 0
    /// How many of the object's keys the plan lacks, repeats included: when zero, the object has no
    /// unknown fields and nobody needs to walk it again to find them.
    private(set) var unplannedKeys = 0
    /// Per key ordinal, the tape index of its value, or -1; the first ``count`` are in use.
    private var values: UnsafeMutableBufferPointer<Int32> = UnsafeMutableBufferPointer(start: nil, count: 0)

    /// Whether this holds `object` as indexed by `plan`.
    @inline(__always)
    func holds(_ object: Int, _ plan: KeyPlan.Reference) -> Bool {
        self.object == object && self.plan?.toOpaque() == plan.toOpaque()
    }

    /// Indexes the object at `object` by `plan`. A key the plan lacks is skipped; a repeated key
    /// keeps its first value, as a lookup by name finds it.
    mutating func index(_ object: Int, with reference: KeyPlan.Reference, in tape: JSONTape) {
        let plan = reference.takeUnretainedValue()
        if values.count < plan.count {
            values.deallocate()
            values = .allocate(capacity: max(plan.count, 32))
        }
        UnsafeMutableBufferPointer(rebasing: values[0..<plan.count]).update(repeating: -1)
        let end = Int(tape.entries[object].extent)
        var key = object + 1
        var unplanned = 0
        while key < end {
            if let ordinal = plan.ordinal(ofKeyAt: key, in: tape) {
                if values[ordinal] < 0 { values[ordinal] = Int32(key + 1) }
            } else {
                unplanned += 1
            }
            key = tape.end(of: key + 1)
        }
        unplannedKeys = unplanned
        self.object = object
        self.plan = reference
        count = plan.count
    }

    /// The tape index of the value for the key numbered `ordinal`, or nil when the object lacks it.
    @inline(__always)
    func value(for ordinal: Int) -> Int? {
        let value = values[ordinal]
        return value < 0 ? nil : Int(value)
    }

    func deallocate() {
        values.deallocate()
    }
}
