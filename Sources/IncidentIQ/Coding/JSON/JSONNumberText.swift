/// A JSON number taken apart into its significant digits and a power of ten, so it can be read
/// exactly into an integer or a `Decimal`, or known not to fit, without going through `Double`.
///
/// The value is `±digits × 10^scale`, where `digits` run from the first to the last non-zero
/// digit. Every step is bounded: the exponent saturates, at most ``digitLimit`` digits are kept,
/// and each read refuses more digits than its type holds before doing any arithmetic.
struct JSONNumberText {
    private(set) var negative = false
    /// Whether every digit is 0.
    private(set) var isZero = true
    /// How many digits there are from the first to the last non-zero one.
    private(set) var significantDigits = 0
    /// The power of ten the significant digits are multiplied by.
    private(set) var scale = 0
    /// The first ``digitLimit`` significant digits, as values 0–9.
    private(set) var digits: [UInt8] = []

    /// More significant digits than any integer type up to 128 bits or `Decimal` holds.
    static let digitLimit = 40
    /// Exponents saturate here: far past any type, small enough that no sum overflows.
    private static let exponentLimit = 1_000_000

    /// Takes apart the JSON number in `bytes`; nil when they are not one.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        var index = 0
        if index < count, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        let integerStart = index
        while index < count, Self.isDigit(bytes[index]) { index += 1 }
        let integerEnd = index
        guard integerEnd > integerStart else { return nil }
        var fractionStart = index
        var fractionEnd = index
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            fractionStart = index
            while index < count, Self.isDigit(bytes[index]) { index += 1 }
            fractionEnd = index
            guard fractionEnd > fractionStart else { return nil }
        }
        var exponent = 0
        if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            let exponentStart = index
            while index < count, Self.isDigit(bytes[index]) {
                exponent = Swift.min(exponent * 10 + Int(bytes[index] &- UInt8(ascii: "0")), Self.exponentLimit)
                index += 1
            }
            guard index > exponentStart else { return nil }
            if exponentNegative { exponent = -exponent }
        }
        guard index == count else { return nil }

        // The digits of both parts as one sequence: the value is that integer × 10^(exponent - fraction digits).
        let integerCount = integerEnd - integerStart
        let fractionCount = fractionEnd - fractionStart
        let total = integerCount + fractionCount
        func digit(_ position: Int) -> UInt8 {
            let byte =
                position < integerCount
                ? bytes[integerStart + position] : bytes[fractionStart + position - integerCount]
            return byte &- UInt8(ascii: "0")
        }
        var first = 0
        while first < total, digit(first) == 0 { first += 1 }
        guard first < total else { return }
        var last = total - 1
        while digit(last) == 0 { last -= 1 }
        isZero = false
        significantDigits = last - first + 1
        scale = exponent - fractionCount + (total - 1 - last)
        digits.reserveCapacity(Swift.min(significantDigits, Self.digitLimit))
        var position = first
        while position <= last, digits.count < Self.digitLimit {
            digits.append(digit(position))
            position += 1
        }
    }

    /// The number as `I`, exactly; nil when it has a fraction or does not fit.
    func integer<I: FixedWidthInteger>(as _: I.Type) -> I? {
        if isZero { return 0 }
        guard scale >= 0, significantDigits <= Self.digitLimit, scale <= Self.digitLimit else { return nil }
        var value: I = 0
        for digit in digits {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) =
                negative ? shifted.subtractingReportingOverflow(I(digit)) : shifted.addingReportingOverflow(I(digit))
            guard !overflow, !carry else { return nil }
            value = sum
        }
        for _ in 0..<scale {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = shifted
        }
        return value
    }

    /// Whether `Decimal` holds the number exactly: at most 38 significant digits and a power of ten
    /// within its exponent's range.
    var fitsDecimal: Bool {
        isZero || (significantDigits <= 38 && scale >= -128 && scale <= 127)
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
