/// The plans one decoder has used, so a container finds its key type's plan without taking the
/// process-wide lock; a page of items meets a handful of key types, over and over.
struct KeyPlanCache {
    static let capacity = 16

    private let types = UnsafeMutablePointer<ObjectIdentifier?>.allocate(capacity: capacity)
    private let plans = UnsafeMutablePointer<KeyPlan.Reference?>.allocate(capacity: capacity)
    /// Where the next type not seen yet goes, round robin.
    private let next = UnsafeMutablePointer<Int>.allocate(capacity: 1)

    init() {
        types.initialize(repeating: nil, count: Self.capacity)
        plans.initialize(repeating: nil, count: Self.capacity)
        next.initialize(to: 0)
    }

    /// The plan for `Key`, or nil when it cannot have one.
    @inline(__always)
    func plan<Key: CodingKey>(for type: Key.Type) -> KeyPlan.Reference? {
        let id = ObjectIdentifier(type)
        for slot in 0..<Self.capacity where types[slot] == id { return plans[slot] }
        let plan = KeyPlan.plan(for: id) { KeyPlan.make(for: type) }
        let slot = next.pointee
        types[slot] = id
        plans[slot] = plan
        next.pointee = (slot + 1) % Self.capacity
        return plan
    }

    func deallocate() {
        types.deallocate()
        plans.deallocate()
        next.deallocate()
    }
}
