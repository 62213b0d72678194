/// Reads JSON numbers from their bytes, which the scanner has already checked against the grammar.
enum JSONNumberReader {
    /// An integer written without fraction or exponent; nil if it does not fit in `Int`.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index = 1 }
        guard index < bytes.count else { return nil }
        var value = 0
        while index < bytes.count {
            let digit = Int(bytes[index] &- UInt8(ascii: "0"))
            guard digit < 10 else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflow, !carry else { return nil }
            value = sum
            index += 1
        }
        return value
    }

    /// Any JSON number. Up to 15 significant digits and a small exponent are converted exactly
    /// here (the classic fast path); anything longer goes to the standard library's parser.
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var scale = 0
        var sawPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                sawPoint = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                if mantissa != 0 || byte != UInt8(ascii: "0") { digits += 1 }
                guard digits <= 15 else { return slowDouble(bytes) }
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                if sawPoint { scale -= 1 }
            } else {
                return slowDouble(bytes)
            }
            index += 1
        }
        guard scale >= -22 else { return slowDouble(bytes) }
        let value = scale == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[-scale]
        return negative ? -value : value
    }

    /// Any JSON number as a finite `Double`: nil when it overflows to an infinity, or when it
    /// underflows to zero although a digit is not zero.
    static func finiteDouble(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let value = double(bytes), value.isFinite else { return nil }
        if value == 0, bytes.contains(where: { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") }) {
            // Only the exponent can hold a non-zero digit of a number that is zero.
            guard let text = JSONNumberText(bytes), text.isZero else { return nil }
        }
        return value
    }

    /// Numeric text, as some tenants send numbers, as a finite `Double`: nil unless it is a JSON
    /// number (so never `"NaN"` or `"inf"`) that fits.
    static func finiteDouble(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { bytes in JSONNumberText(bytes) == nil ? nil : finiteDouble(bytes) }
    }

    private static func slowDouble(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        Double(String(decoding: bytes, as: UTF8.self))
    }

    /// 10^0 through 10^22, each exactly representable as a `Double`.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ]
}
