/// One step of a ``TapeDecoder``'s coding path, kept as a plain integer.
///
/// Moving into a value pushes a step and every scalar read carries one, about a hundred times per
/// ticket; as `any CodingKey` each would be an existential copied and destroyed. A member's key is
/// instead named by its tape index and read back from the tape, and an array element by its
/// position, only when a coding path is wanted: for an error or a drift report.
struct PathStep {
    /// A member's key index on the tape when zero or more; an element's position `p` as `-1 - p`.
    private let raw: Int

    /// The member whose key is the tape entry at `index`; its value is at `index + 1`.
    @inline(__always)
    static func member(keyAt index: Int) -> PathStep { PathStep(raw: index) }

    /// The array element at `position`.
    @inline(__always)
    static func element(_ position: Int) -> PathStep { PathStep(raw: -1 - position) }

    /// The coding key this step stands for: the member's name as the tape spells it, or the
    /// element's ``IndexKey``.
    func key(in tape: JSONTape) -> any CodingKey {
        raw >= 0 ? NamedKey(tape.string(at: raw) ?? "") : IndexKey(-1 - raw)
    }
}
