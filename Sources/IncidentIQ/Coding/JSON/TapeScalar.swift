import Foundation

/// One value on the tape, read as a scalar, with the coding path its errors report.
struct TapeScalar {
    /// Unretained: see "Lifetime" on ``TapeDecoder``.
    unowned(unsafe) let decoder: TapeDecoder
    let index: Int
    /// The depth of the container the value is in; `step` leads to the value from there, if any.
    let depth: Int
    let step: PathStep?

    var tape: JSONTape { decoder.tape }
    var kind: JSONEntry.Kind { tape.entries[index].kind }

    var codingPath: [any CodingKey] {
        let base = decoder.path(toDepth: depth)
        guard let step else { return base }
        return base + [step.key(in: tape)]
    }

    var isNull: Bool { kind == .null }

    // MARK: Scalars

    func string() throws -> String {
        guard kind == .string || kind == .escapedString else { throw mismatch(String.self) }
        guard let text = tape.string(at: index) else { throw corrupt("Invalid escape sequence in a string.") }
        return text
    }

    func bool() throws -> Bool {
        switch kind {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self)
        }
    }

    /// The number read exactly as `I`. An integer literal that fits `Int` takes the fast path; any
    /// other number (`4.0`, `1e2`, `9007199254740993.0`) is read digit for digit, never through
    /// `Double`, so it is either exact or refused.
    func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        switch kind {
        case .integer:
            if let value = tape.withBytes(of: index, JSONNumberReader.integer), let exact = I(exactly: value) {
                return exact
            }
            if let exact = tape.withBytes(of: index, { JSONNumberText($0)?.integer(as: I.self) }) { return exact }
        case .number:
            if let exact = tape.withBytes(of: index, { JSONNumberText($0)?.integer(as: I.self) }) { return exact }
        default:
            throw mismatch(I.self)
        }
        throw corrupt("Parsed JSON number <\(text())> does not fit in \(I.self).")
    }

    /// The number as `F`, refused when it overflows to an infinity or underflows to zero: `1e400`
    /// and `1e-400` are not `inf` and `0`.
    func floatingPoint<F: BinaryFloatingPoint>(_ type: F.Type) throws -> F {
        guard kind == .integer || kind == .number else { throw mismatch(F.self) }
        guard let value = tape.withBytes(of: index, JSONNumberReader.finiteDouble) else {
            throw corrupt("Parsed JSON number <\(text())> does not fit in \(F.self).")
        }
        let converted = F(value)
        guard converted.isFinite, converted != 0 || value == 0 else {
            throw corrupt("Parsed JSON number <\(text())> does not fit in \(F.self).")
        }
        return converted
    }

    func uuid() throws -> UUID {
        guard let uuid = try guidIfValid() else { throw corrupt("Attempted to decode UUID from invalid UUID string.") }
        return uuid
    }

    /// The GUID in a string value, nil if the string is not one; throws if the value is not a string.
    func guidIfValid() throws -> UUID? {
        if kind == .string { return tape.withBytes(of: index, GUID.parse(bytes:)) }
        return GUID.parse(try string())
    }

    func guidField() throws -> GUIDField {
        guard let uuid = try guidIfValid() else { throw corrupt("Expected a GUID.") }
        return GUIDField(uuid: uuid)
    }

    /// A timestamp string parsed from its bytes, for a string value; anything else (a .NET `Date`
    /// object, a type mismatch) ``TimestampField`` reads itself.
    func timestampString() throws -> TimestampField {
        if kind == .string { return TimestampField(result: tape.withBytes(of: index, IIQDateParser.parse(bytes:))) }
        return TimestampField(result: IIQDateParser.parse(try string()))
    }

    /// An IIQ timestamp string, through ``IIQDateParser``; the .NET "no date" is not a date here.
    func date() throws -> Date {
        guard kind == .string || kind == .escapedString else { throw mismatch(Date.self) }
        guard case .date(let date) = try timestampString().result else { throw corrupt("Expected an IIQ timestamp.") }
        return date
    }

    /// A JSON number read as `Decimal`, digit for digit; refused when `Decimal` cannot hold it
    /// exactly (more than 38 significant digits, or a power of ten outside -128...127).
    func decimal() throws -> Decimal {
        guard kind == .integer || kind == .number else { throw mismatch(Decimal.self) }
        // `Decimal(string:)` silently rounds past 38 digits and misreads exponents past its range.
        guard tape.withBytes(of: index, { JSONNumberText($0)?.fitsDecimal ?? false }),
            let value = Decimal(string: text(), locale: Locale(identifier: "en_US_POSIX"))
        else {
            throw corrupt("Parsed JSON number <\(text())> does not fit in Decimal.")
        }
        return value
    }

    func url() throws -> URL {
        guard let url = URL(string: try string()) else { throw corrupt("Invalid URL string.") }
        return url
    }

    /// The raw text of a number or string value.
    func text() -> String {
        switch kind {
        case .string, .escapedString, .integer, .number:
            tape.withBytes(of: index) { String(decoding: $0, as: UTF8.self) }
        default: ""
        }
    }

    // MARK: Errors

    /// `valueNotFound` for a null, `typeMismatch` for anything else.
    func mismatch(_ type: Any.Type) -> DecodingError {
        if kind == .null {
            return .valueNotFound(
                type,
                DecodingError.Context(
                    codingPath: codingPath, debugDescription: "Expected \(type) value but found null instead."))
        }
        return .typeMismatch(
            type,
            DecodingError.Context(
                codingPath: codingPath, debugDescription: "Expected to decode \(type) but found \(found) instead."))
    }

    func corrupt(_ description: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: description))
    }

    private var found: String {
        switch kind {
        case .object: "a dictionary"
        case .array: "an array"
        case .string, .escapedString: "a string"
        case .integer, .number: "a number"
        case .true, .false: "a boolean"
        case .null: "null"
        }
    }
}
