/// Text with JSON escapes (`\uXXXX`, `\/`, `\\`, …) and percent-escapes (`%2E`) undone, twice over,
/// keeping for each decoded byte the range of the original text it came from.
///
/// An escape cut off at the end of the text is dropped from the decoded bytes but kept in the last
/// byte's range, so a token cut in the middle of an escape is still redacted to the end.
struct DecodedView {
    /// The decoded bytes.
    private(set) var bytes: [UInt8] = []
    /// For each decoded byte, where it starts and ends in the original UTF-8.
    private var starts: [Int] = []
    private var ends: [Int] = []

    init(_ text: String) {
        let original = Array(text.utf8)
        let once = Self.decode(original, starts: Array(original.indices), ends: original.indices.map { $0 + 1 })
        self = Self.decode(once.bytes, starts: once.starts, ends: once.ends)
    }

    private init() {}

    /// The range of the original text that `range` of the decoded bytes came from.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return starts[range.lowerBound]..<ends[range.upperBound - 1]
    }

    private static func decode(_ input: [UInt8], starts: [Int], ends: [Int]) -> DecodedView {
        var view = DecodedView()
        view.bytes.reserveCapacity(input.count)
        view.starts.reserveCapacity(input.count)
        view.ends.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let (byte, length) = escape(in: input, at: index)
            let end = index + length
            if length > 0, end > input.count {
                // A cut-off escape: fold its bytes into the previous decoded byte.
                if let last = view.ends.indices.last { view.ends[last] = ends[input.count - 1] }
                break
            }
            let width = max(length, 1)
            view.bytes.append(byte ?? input[index])
            view.starts.append(starts[index])
            view.ends.append(ends[index + width - 1])
            index += width
        }
        return view
    }

    /// The byte an escape at `index` stands for and its length in bytes; `(nil, 0)` when there is
    /// none. A length past the end of `input` means the escape was cut off.
    private static func escape(in input: [UInt8], at index: Int) -> (UInt8?, Int) {
        let byte = input[index]
        let remaining = input.count - index
        if byte == UInt8(ascii: "%") {
            if remaining < 3 { return (nil, remaining == 1 || hex(input[index + 1]) != nil ? 3 : 0) }
            guard let high = hex(input[index + 1]), let low = hex(input[index + 2]) else { return (nil, 0) }
            return (high << 4 | low, 3)
        }
        guard byte == UInt8(ascii: "\\") else { return (nil, 0) }
        guard remaining >= 2 else { return (nil, 2) }
        switch input[index + 1] {
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            guard remaining >= 6 else {
                let digits = input[(index + 2)...]
                return (nil, digits.allSatisfy { hex($0) != nil } ? 6 : 0)
            }
            var value: UInt32 = 0
            for offset in 2..<6 {
                guard let digit = hex(input[index + offset]) else { return (nil, 0) }
                value = value << 4 | UInt32(digit)
            }
            // Only ASCII matters: every form of a token is ASCII.
            return value < 0x80 ? (UInt8(value), 6) : (nil, 0)
        case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return (input[index + 1], 2)
        default:
            return (nil, 0)
        }
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
