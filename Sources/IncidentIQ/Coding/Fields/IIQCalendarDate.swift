import Foundation

/// The .NET `Date` object the spec uses for asset lifecycle dates: `{Year, Month, Day, DayOfWeek, DayOfYear}`.
///
/// Model properties expose these as `Date` (midnight UTC); this type is how they are read.
struct IIQCalendarDate: Decodable {
    var year: Int
    var month: Int
    var day: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
        case year = "Year"
        case month = "Month"
        case day = "Day"
    }

    /// The date at midnight UTC; `nil` for the .NET default (year 1) or an impossible day.
    var date: Date? {
        guard year > 1, (1...12).contains(month), day >= 1, day <= IIQDateParser.daysInMonth(month, year: year)
        else { return nil }
        let days = IIQDateParser.daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: Double(days) * 86_400)
    }
}
