/// An independent RFC 8259 checker for the differential fuzz target: it decides whether a
/// difference between the SDK's decoder and `JSONDecoder` is on valid JSON (a finding) or on input
/// that only `JSONDecoder` tolerates (allowed). It shares no code with ``TapeScanner``.
struct StrictJSON {
    /// What the checker found.
    struct Verdict {
        /// Whether the bytes are exactly one JSON value, nested at most 512 deep.
        var isValid = false
        /// Whether some object repeats a key (both decoders accept it; they may keep different values).
        var hasDuplicateKeys = false
    }

    private let bytes: [UInt8]
    private var index = 0
    private var duplicate = false

    static func check(_ bytes: [UInt8]) -> Verdict {
        var checker = StrictJSON(bytes: bytes)
        checker.whitespace()
        guard checker.value(depth: 0) else { return Verdict() }
        checker.whitespace()
        return Verdict(isValid: checker.index == bytes.count, hasDuplicateKeys: checker.duplicate)
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func whitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    private mutating func value(depth: Int) -> Bool {
        switch peek {
        case UInt8(ascii: "{"):
            guard depth < 512 else { return false }
            index += 1
            whitespace()
            if take(UInt8(ascii: "}")) { return true }
            var keys = Set<[UInt8]>()
            while true {
                let start = index
                guard string() else { return false }
                if !keys.insert(Array(bytes[start..<index])).inserted { duplicate = true }
                whitespace()
                guard take(UInt8(ascii: ":")) else { return false }
                whitespace()
                guard value(depth: depth + 1) else { return false }
                whitespace()
                if take(UInt8(ascii: "}")) { return true }
                guard take(UInt8(ascii: ",")) else { return false }
                whitespace()
            }
        case UInt8(ascii: "["):
            guard depth < 512 else { return false }
            index += 1
            whitespace()
            if take(UInt8(ascii: "]")) { return true }
            while true {
                guard value(depth: depth + 1) else { return false }
                whitespace()
                if take(UInt8(ascii: "]")) { return true }
                guard take(UInt8(ascii: ",")) else { return false }
                whitespace()
            }
        case UInt8(ascii: "\""): return string()
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    private mutating func literal(_ word: String) -> Bool {
        for byte in word.utf8 where !take(byte) { return false }
        return true
    }

    private mutating func digits() -> Int {
        let start = index
        while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    private mutating func number() -> Bool {
        _ = take(UInt8(ascii: "-"))
        if take(UInt8(ascii: "0")) {
            if let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { return false }
        } else if digits() == 0 {
            return false
        }
        if take(UInt8(ascii: ".")), digits() == 0 { return false }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            if digits() == 0 { return false }
        }
        return true
    }

    /// A string: no raw control characters, only the escapes JSON has, and valid UTF-8.
    private mutating func string() -> Bool {
        guard take(UInt8(ascii: "\"")) else { return false }
        let start = index
        while let byte = peek {
            if byte == UInt8(ascii: "\"") {
                let valid = String(validating: bytes[start..<index], as: UTF8.self) != nil
                index += 1
                return valid
            }
            if byte < 0x20 { return false }
            index += 1
            if byte == UInt8(ascii: "\\") {
                guard let escaped = peek else { return false }
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    continue
                case UInt8(ascii: "u"):
                    for _ in 0..<4 {
                        guard let hex = peek, GUID.hex(hex) != nil else { return false }
                        index += 1
                    }
                default:
                    return false
                }
            }
        }
        return false
    }
}
