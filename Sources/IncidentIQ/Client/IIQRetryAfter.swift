import Foundation

/// Reads a `Retry-After` value: delta-seconds (digits only) or an HTTP-date in IMF-fixdate,
/// RFC 850 or asctime form, with `UTC` tolerated for `GMT`. A date in the past means zero.
public enum IIQRetryAfter {
    /// The longest delta-seconds value read; anything longer is clamped to it.
    static let maximumSeconds: Int64 = 365 * 24 * 3600

    /// The wait the header asks for, or `nil` when it is not a valid `Retry-After` value.
    public static func parse(_ value: String, now: Date = Date()) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
        if text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            // Digits only: a huge value saturates rather than overflowing.
            let seconds = Int64(text) ?? maximumSeconds
            return .seconds(min(seconds, maximumSeconds))
        }
        guard let date = httpDate(text) else { return nil }
        let interval = date.timeIntervalSince(now)
        guard interval > 0 else { return .zero }
        return .milliseconds(Int64(min(interval, Double(maximumSeconds)) * 1000))
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let longWeekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Parses the three HTTP-date forms of RFC 9110.
    static func httpDate(_ text: String) -> Date? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        if parts.count == 6, parts[0].hasSuffix(","), weekdays.contains(parts[0].dropLast().lowercased()),
            isZone(parts[5]), parts[1].count == 2, parts[3].count == 4,
            let day = Int(parts[1]), let month = month(parts[2]), let year = Int(parts[3])
        {
            return date(year: year, month: month, day: day, time: parts[4])
        }
        // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        if parts.count == 4, parts[0].hasSuffix(","), longWeekdays.contains(parts[0].dropLast().lowercased()),
            isZone(parts[3])
        {
            let pieces = parts[1].split(separator: "-").map(String.init)
            guard pieces.count == 3, pieces[0].count == 2, pieces[2].count == 2,
                let day = Int(pieces[0]), let month = month(pieces[1]), let shortYear = Int(pieces[2])
            else { return nil }
            // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
            let year = shortYear < 70 ? 2000 + shortYear : 1900 + shortYear
            return date(year: year, month: month, day: day, time: parts[2])
        }
        // asctime: Sun Nov  6 08:49:37 1994
        if parts.count == 5, weekdays.contains(parts[0].lowercased()), let month = month(parts[1]),
            parts[2].count <= 2, let day = Int(parts[2]), parts[4].count == 4, let year = Int(parts[4])
        {
            return date(year: year, month: month, day: day, time: parts[3])
        }
        return nil
    }

    private static func isZone(_ text: String) -> Bool { text == "GMT" || text == "UTC" }

    private static func month(_ text: String) -> Int? {
        months.firstIndex(of: text.lowercased()).map { $0 + 1 }
    }

    private static func date(year: Int, month: Int, day: Int, time: String) -> Date? {
        let clock = time.split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, clock.allSatisfy({ $0.count == 2 }),
            let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Int(clock[2]),
            hour <= 23, minute <= 59, second <= 60,
            day >= 1, day <= IIQDateParser.daysInMonth(month, year: year), year >= 1
        else { return nil }
        let days = IIQDateParser.daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
    }
}
