import Foundation
@_spi(Sandbox) import IncidentIQ

/// Dates as IIQ writes and reads them.
enum SandboxDateFormat {
    /// The .NET default date IIQ sends for "no date".
    static let dotNetDefault = "0001-01-01T00:00:00"

    /// `2018-04-16T11:22:42.1`: UTC, no zone designator, milliseconds with trailing zeros trimmed.
    static func zoneless(_ date: Date) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(23)
        write(date, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``zoneless(_:)``'s text to `output` as bytes, with no `String` in between: the sandbox
    /// writes about ten dates per asset.
    static func write(_ date: Date, into output: inout [UInt8]) {
        let totalMilliseconds = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (days, dayMilliseconds) = totalMilliseconds.quotientAndRemainderFlooring(dividingBy: 86_400_000)
        let (year, month, day) = IIQDateParser.civilFromDays(days)
        let seconds = dayMilliseconds / 1000
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            var value = ((value % (divisor * 10)) + divisor * 10) % (divisor * 10)
            while divisor > 0 {
                output.append(UInt8(ascii: "0") + UInt8(value / divisor))
                value %= divisor
                divisor /= 10
            }
        }
        digits(year, 4)
        output.append(UInt8(ascii: "-"))
        digits(month, 2)
        output.append(UInt8(ascii: "-"))
        digits(day, 2)
        output.append(UInt8(ascii: "T"))
        digits(seconds / 3600, 2)
        output.append(UInt8(ascii: ":"))
        digits(seconds / 60 % 60, 2)
        output.append(UInt8(ascii: ":"))
        digits(seconds % 60, 2)
        var fraction = dayMilliseconds % 1000
        guard fraction > 0 else { return }
        output.append(UInt8(ascii: "."))
        var divisor = 100
        while fraction > 0 {
            output.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    /// `MM/DD/YYYY` as the date facets carry it, read as a UTC day: the start of that day.
    static func facetDay(_ text: Substring) -> Date? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day), (1...9999).contains(year)
        else { return nil }
        return Date(
            timeIntervalSince1970: TimeInterval(IIQDateParser.daysFromCivil(year: year, month: month, day: day))
                * 86_400)
    }

}

extension Int {
    fileprivate func quotientAndRemainderFlooring(dividingBy divisor: Int) -> (Int, Int) {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}
