/// Why bytes are not JSON, and where.
struct JSONSyntaxError: Error, Sendable {
    var reason: String
    var offset: Int

    var description: String { "The given data was not valid JSON: \(reason) at byte \(offset)." }
}

/// Checks JSON syntax and records each value on the tape in one pass over the bytes.
///
/// Every read is bounds-checked against `bytes.count`, nesting is capped, and strings are only
/// delimited here (escapes are resolved when a string is read), so no input can crash it.
struct TapeScanner {
    /// Deeper documents are refused rather than risking the stack.
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var tape: EntryBuffer

    /// The entries for `bytes`, which the caller owns and must deallocate.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> UnsafeBufferPointer<JSONEntry> {
        var scanner = TapeScanner(bytes: bytes)
        do {
            try scanner.scanDocument()
        } catch {
            scanner.tape.deallocate()
            throw error
        }
        return scanner.tape.finish()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // IIQ pages hold one value per 14 to 17 bytes. Room for one per 8 means a page never
        // grows (which copied every entry and faulted in twice the memory); the pages never
        // written are never touched, so they cost address space, not memory.
        tape = EntryBuffer(capacity: bytes.count / 8 + 16)
    }

    private mutating func scanDocument() throws(JSONSyntaxError) {
        // Under 2 GiB, every byte offset and every tape index (at most one entry per byte) fits
        // `Int32`, which the decoder's containers store to stay small.
        guard bytes.count < Int(Int32.max) else { throw fail("the document is larger than 2 GiB") }
        skipWhitespace()
        try scanValue(depth: 0)
        skipWhitespace()
        guard index == bytes.count else { throw fail("unexpected bytes after the value") }
    }

    private mutating func scanValue(depth: Int) throws(JSONSyntaxError) {
        guard index < bytes.count else { throw fail("unexpected end of data") }
        switch bytes[index] {
        case UInt8(ascii: "{"): try scanContainer(.object, depth: depth + 1)
        case UInt8(ascii: "["): try scanContainer(.array, depth: depth + 1)
        case UInt8(ascii: "\""): try scanString()
        case UInt8(ascii: "t"): try scanLiteral("true", as: .true)
        case UInt8(ascii: "f"): try scanLiteral("false", as: .false)
        case UInt8(ascii: "n"): try scanLiteral("null", as: .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try scanNumber()
        default: throw fail("unexpected character")
        }
    }

    /// An object or an array: its members, then its entry patched with their count and end.
    private mutating func scanContainer(_ kind: JSONEntry.Kind, depth: Int) throws(JSONSyntaxError) {
        guard depth <= Self.maximumDepth else { throw fail("nesting deeper than \(Self.maximumDepth)") }
        let isObject = kind == .object
        let closer = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let slot = tape.count
        tape.append(JSONEntry(kind: kind, start: 0, extent: 0))
        index += 1
        var count: UInt32 = 0
        skipWhitespace()
        if peek() == closer {
            index += 1
        } else {
            while true {
                if isObject { try scanKey() }
                try scanValue(depth: depth)
                count += 1
                skipWhitespace()
                if try closes(closer) { break }
                skipWhitespace()
            }
        }
        tape[slot].start = count
        tape[slot].extent = UInt32(tape.count)
    }

    /// A member's key with its hash, and the colon after it.
    private mutating func scanKey() throws(JSONSyntaxError) {
        guard peek() == UInt8(ascii: "\"") else { throw fail("expected a key") }
        try scanString()
        tape[tape.count - 1].hash = keyHash(of: tape[tape.count - 1])
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else { throw fail("expected ':'") }
        index += 1
        skipWhitespace()
    }

    /// After a member: true at `closer`, false after a comma, and an error otherwise.
    private mutating func closes(_ closer: UInt8) throws(JSONSyntaxError) -> Bool {
        switch peek() {
        case closer:
            index += 1
            return true
        case UInt8(ascii: ","):
            index += 1
            return false
        case nil:
            throw fail("unexpected end of data")
        default:
            throw fail("expected ',' or '\(Character(Unicode.Scalar(closer)))'")
        }
    }

    private mutating func scanString() throws(JSONSyntaxError) {
        let opening = index
        index += 1
        let start = index
        var escaped = false
        while index < bytes.count {
            skipPlainBytes()
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                tape.append(
                    JSONEntry(
                        kind: escaped ? .escapedString : .string, start: UInt32(start), extent: UInt32(index - start)))
                index += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 2
                continue
            }
            guard byte >= 0x20 else { throw fail("a control character in a string") }
            index += 1
        }
        index = opening
        throw fail("an unterminated string")
    }

    /// Skips the bytes of a string that are no quote, backslash or control character, eight at a
    /// time, and stops on the first that is; the byte loop takes over there, or in the last seven
    /// bytes of the document.
    @inline(__always)
    private mutating func skipPlainBytes() {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= bytes.count {
            // Byte `n` of the document is byte `n` of the word counted from the low end, on any
            // byte order.
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            // A byte is flagged when it is zero after the XOR (a quote or backslash) or below 0x20.
            // The subtractions wrap on purpose: a borrow out of a byte is how a zero byte shows. A
            // borrow can flag a byte above a flagged one, never below it, so the lowest flag of
            // each test is exact, and so is the lowest of the three. The load reads bytes
            // `index..<index + 8`, inside the document by the loop's condition, and the jump below
            // is at most 7, so `index` stays within those bytes.
            let special =
                (((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word))
                & highs
            if special != 0 {
                index += special.trailingZeroBitCount / 8
                return
            }
            index += 8
        }
    }

    private mutating func scanNumber() throws(JSONSyntaxError) {
        let start = index
        var integral = true
        if peek() == UInt8(ascii: "-") { index += 1 }
        guard takeDigits() > 0 else { throw fail("a number without digits") }
        if peek() == UInt8(ascii: ".") {
            index += 1
            integral = false
            guard takeDigits() > 0 else { throw fail("a number without digits after '.'") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            integral = false
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard takeDigits() > 0 else { throw fail("a number without exponent digits") }
        }
        tape.append(JSONEntry(kind: integral ? .integer : .number, start: UInt32(start), extent: UInt32(index - start)))
    }

    private mutating func takeDigits() -> Int {
        let start = index
        while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    private mutating func scanLiteral(_ word: StaticString, as kind: JSONEntry.Kind) throws(JSONSyntaxError) {
        let length = word.utf8CodeUnitCount
        guard bytes.count - index >= length else { throw fail("unexpected end of data") }
        for offset in 0..<length where bytes[index + offset] != word.utf8Start[offset] {
            throw fail("unexpected character")
        }
        tape.append(JSONEntry(kind: kind, start: UInt32(index), extent: UInt32(length)))
        index += length
    }

    /// The hash a lookup compares first. An escaped key is hashed as its unescaped text.
    private func keyHash(of entry: JSONEntry) -> UInt32 {
        let raw = UnsafeBufferPointer(rebasing: bytes[Int(entry.start)..<Int(entry.start + entry.extent)])
        guard entry.kind == .escapedString else { return KeyHash.of(raw) }
        guard let text = JSONUnescaper.unescape(raw) else { return 0 }
        return KeyHash.of(text)
    }

    @inline(__always)
    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    private func fail(_ reason: String) -> JSONSyntaxError {
        JSONSyntaxError(reason: reason, offset: min(index, bytes.count))
    }
}
