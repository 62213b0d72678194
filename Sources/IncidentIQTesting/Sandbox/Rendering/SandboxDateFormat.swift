import Foundation
@_spi(Sandbox) import IncidentIQ

/// Dates as IIQ writes and reads them.
enum SandboxDateFormat {
    /// The .NET default date IIQ sends for "no date".
    static let dotNetDefault = "0001-01-01T00:00:00"

    /// `2018-04-16T11:22:42.1`: UTC, no zone designator, milliseconds with trailing zeros trimmed.
    static func zoneless(_ date: Date) -> String {
        let totalMilliseconds = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (days, dayMilliseconds) = totalMilliseconds.quotientAndRemainderFlooring(dividingBy: 86_400_000)
        let (year, month, day) = IIQDateParser.civilFromDays(days)
        let seconds = dayMilliseconds / 1000
        var text = "\(four(year))-\(two(month))-\(two(day))T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
        let fraction = dayMilliseconds % 1000
        if fraction > 0 {
            var digits = String(fraction + 1000).dropFirst()
            while digits.hasSuffix("0") { digits = digits.dropLast() }
            text += "." + digits
        }
        return text
    }

    /// `MM/DD/YYYY` as the date facets carry it, read as a UTC day: the start of that day.
    static func facetDay(_ text: Substring) -> Date? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day), (1...9999).contains(year)
        else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(IIQDateParser.daysFromCivil(year: year, month: month, day: day)) * 86_400)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private static func four(_ value: Int) -> String { String(String(value + 10_000).suffix(4)) }
}

extension Int {
    fileprivate func quotientAndRemainderFlooring(dividingBy divisor: Int) -> (Int, Int) {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}
