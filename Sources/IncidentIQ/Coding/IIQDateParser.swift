import Foundation

/// Reads and writes Incident IQ timestamps without `DateFormatter`.
///
/// IIQ entity timestamps are ISO 8601 with no zone and 0 to 3 fractional digits
/// (`2018-04-16T11:22:42.1`); envelope dates carry 7 digits and `Z`
/// (`2026-04-17T00:44:31.1863295Z`). A zone-less timestamp is UTC, and the .NET default
/// `0001-01-01T00:00:00` means "no date".
public enum IIQDateParser {
    /// The outcome of reading one timestamp.
    public enum Result: Sendable, Hashable {
        /// A date.
        case date(Date)
        /// The .NET default date, `0001-01-01T00:00:00`, which IIQ sends for "no date".
        case none
        /// Not an IIQ timestamp.
        case invalid
    }

    /// Reads `yyyy-MM-dd`, optionally followed by `THH:mm:ss`, 0 to 7 fractional digits, and
    /// `Z`, `±HH:mm` or `±HHmm`. A space is accepted in place of `T`.
    public static func parse(_ text: String) -> Result {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// Reads a timestamp from UTF-8 bytes; see ``parse(_:)``.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var cursor = Cursor(bytes: bytes)
        guard let year = cursor.digits(4), cursor.take(UInt8(ascii: "-")),
            let month = cursor.digits(2), cursor.take(UInt8(ascii: "-")),
            let day = cursor.digits(2)
        else { return .invalid }
        var hour = 0
        var minute = 0
        var second = 0
        var fraction = 0.0
        var offsetSeconds = 0
        if cursor.take(UInt8(ascii: "T")) || cursor.take(UInt8(ascii: " ")) {
            guard let h = cursor.digits(2), cursor.take(UInt8(ascii: ":")),
                let m = cursor.digits(2)
            else { return .invalid }
            hour = h
            minute = m
            if cursor.take(UInt8(ascii: ":")) {
                guard let s = cursor.digits(2) else { return .invalid }
                second = s
                if cursor.take(UInt8(ascii: ".")) {
                    var scale = 0.1
                    var count = 0
                    while let digit = cursor.digit() {
                        count += 1
                        guard count <= 9 else { return .invalid }
                        fraction += Double(digit) * scale
                        scale /= 10
                    }
                    guard count > 0 else { return .invalid }
                }
            }
            if cursor.take(UInt8(ascii: "Z")) || cursor.take(UInt8(ascii: "z")) {
                offsetSeconds = 0
            } else if let sign = cursor.sign() {
                guard let oh = cursor.digits(2) else { return .invalid }
                _ = cursor.take(UInt8(ascii: ":"))
                guard let om = cursor.digits(2), oh <= 23, om <= 59 else { return .invalid }
                offsetSeconds = sign * (oh * 3600 + om * 60)
            }
        }
        guard cursor.isAtEnd else { return .invalid }
        guard (1...12).contains(month), day >= 1, day <= daysInMonth(month, year: year),
            hour <= 23, minute <= 59, second <= 60
        else { return .invalid }
        if year == 1 && month == 1 && day == 1 && hour == 0 && minute == 0 && second == 0 && fraction == 0 {
            return .none
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return .date(Date(timeIntervalSince1970: Double(seconds) + fraction))
    }

    /// Formats `date` as IIQ accepts it in request bodies: `yyyy-MM-ddTHH:mm:ss.fffZ`, in UTC.
    public static func string(from date: Date) -> String {
        // Years 1...9999 are the ones IIQ (a .NET `DateTime`) can hold; a date outside them is
        // clamped, so the conversion to `Int` below can never trap.
        let interval = date.timeIntervalSince1970
        let bounded = interval.isFinite ? Swift.min(Swift.max(interval, -62_135_596_800), 253_402_300_799.999) : 0
        let totalMilliseconds = Int((bounded * 1000).rounded(.down))
        let milliseconds = ((totalMilliseconds % 1000) + 1000) % 1000
        let totalSeconds = (totalMilliseconds - milliseconds) / 1000
        var days = totalSeconds / 86_400
        var secondsOfDay = totalSeconds % 86_400
        if secondsOfDay < 0 {
            secondsOfDay += 86_400
            days -= 1
        }
        let (year, month, day) = civilFromDays(days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(secondsOfDay / 3600, 2) + ":"
            + pad(secondsOfDay % 3600 / 60, 2) + ":" + pad(secondsOfDay % 60, 2) + "." + pad(milliseconds, 3) + "Z"
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    /// Callers pass a year in 1...9999 (the parser reads four digits; ``IIQCalendarDate`` checks
    /// the range first), so the arithmetic cannot overflow.
    /// Behind `@_spi(Sandbox)` so that `IncidentIQTesting` writes dates with the same arithmetic.
    @_spi(Sandbox)
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01.
    @_spi(Sandbox)
    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

/// A forward-only reader over ASCII bytes.
private struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var isAtEnd: Bool { index == bytes.count }

    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func digit() -> Int? {
        guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
        defer { index += 1 }
        return Int(bytes[index] - 0x30)
    }

    mutating func digits(_ count: Int) -> Int? {
        var value = 0
        for _ in 0..<count {
            guard let digit = digit() else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    mutating func sign() -> Int? {
        if take(UInt8(ascii: "+")) { return 1 }
        if take(UInt8(ascii: "-")) { return -1 }
        return nil
    }
}
