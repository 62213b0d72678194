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

    /// The years a .NET `DateTime` can hold. Checking the range before any arithmetic is what keeps a
    /// `Year` of 10^17 from overflowing the day count (it used to crash the process).
    static let years = 1...9999

    /// The date at midnight UTC; ``IIQDateParser/Result/none`` for the .NET default (0001-01-01) and
    /// ``IIQDateParser/Result/invalid`` for a year outside 1...9999 or a day the month lacks.
    var result: IIQDateParser.Result {
        guard Self.years.contains(year), (1...12).contains(month), day >= 1,
            day <= IIQDateParser.daysInMonth(month, year: year)
        else { return .invalid }
        if year == 1 && month == 1 && day == 1 { return .none }
        let days = IIQDateParser.daysFromCivil(year: year, month: month, day: day)
        return .date(Date(timeIntervalSince1970: Double(days) * 86_400))
    }
}
