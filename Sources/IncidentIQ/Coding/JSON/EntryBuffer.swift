/// The scanner's growing list of ``JSONEntry`` values, in memory the finished ``JSONTape`` takes
/// over as is, so a page's entries are never copied once scanned.
struct EntryBuffer {
    private var storage: UnsafeMutablePointer<JSONEntry>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 4)
        storage = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    subscript(index: Int) -> JSONEntry {
        get {
            precondition(index >= 0 && index < count, "entry index out of range")
            return storage[index]
        }
        set {
            precondition(index >= 0 && index < count, "entry index out of range")
            storage[index] = newValue
        }
    }

    @inline(__always)
    mutating func append(_ entry: JSONEntry) {
        if count == capacity { grow() }
        (storage + count).initialize(to: entry)
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<JSONEntry>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }

    /// The entries, which the caller now owns and must deallocate.
    func finish() -> UnsafeBufferPointer<JSONEntry> {
        UnsafeBufferPointer(start: storage, count: count)
    }

    /// Frees the entries, when the scan fails.
    func deallocate() {
        storage.deallocate()
    }
}
