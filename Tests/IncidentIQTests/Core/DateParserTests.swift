import Foundation
import Testing

@testable import IncidentIQ

@Suite("IIQ date parser")
struct DateParserTests {
    static func utc(_ y: Int, _ mo: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ s: Int = 0, _ frac: Double = 0)
        -> Date
    {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let date = calendar.date(from: DateComponents(year: y, month: mo, day: d, hour: h, minute: mi, second: s))
        return Date(timeIntervalSince1970: (date?.timeIntervalSince1970 ?? .nan) + frac)
    }

    @Test(
        "Every form IIQ-API.md lists",
        arguments: [
            ("2018-04-04T15:15:48.127", utc(2018, 4, 4, 15, 15, 48, 0.127)),
            ("2018-04-16T11:22:42.1", utc(2018, 4, 16, 11, 22, 42, 0.1)),
            ("2019-07-23T16:06:18.11", utc(2019, 7, 23, 16, 6, 18, 0.11)),
            ("2018-11-27T18:51:29.900", utc(2018, 11, 27, 18, 51, 29, 0.9)),
            ("2019-11-20T00:00:00", utc(2019, 11, 20)),
            ("2026-04-17T00:44:31.1863295Z", utc(2026, 4, 17, 0, 44, 31, 0.1863295)),
            ("2026-04-17T00:44:31Z", utc(2026, 4, 17, 0, 44, 31)),
            ("2026-04-17T02:44:31+02:00", utc(2026, 4, 17, 0, 44, 31)),
            ("2026-04-16T19:44:31.5-0500", utc(2026, 4, 17, 0, 44, 31, 0.5)),
            ("2026-04-17 00:44:31", utc(2026, 4, 17, 0, 44, 31)),
            ("2020-08-15", utc(2020, 8, 15)),
            ("2024-02-29T23:59:59.9999999", utc(2024, 2, 29, 23, 59, 59, 0.9999999)),
            ("1969-12-31T23:59:59", utc(1969, 12, 31, 23, 59, 59)),
            ("2026-04-17T00:44", utc(2026, 4, 17, 0, 44)),
        ])
    func parses(_ text: String, _ expected: Date) {
        guard case .date(let date) = IIQDateParser.parse(text) else {
            Issue.record("\(text) did not parse")
            return
        }
        #expect(abs(date.timeIntervalSince1970 - expected.timeIntervalSince1970) < 0.000_001, "\(text)")
    }

    @Test(
        "The .NET default date means no date", arguments: ["0001-01-01T00:00:00", "0001-01-01T00:00:00Z", "0001-01-01"])
    func none(_ text: String) {
        #expect(IIQDateParser.parse(text) == .none)
    }

    @Test(
        "Anything else is invalid",
        arguments: [
            "", "12:00:00", "2018-13-01T00:00:00", "2018-02-30T00:00:00", "2023-02-29", "2018-04-04T24:00:00",
            "2018-04-04T15:15:48.", "2018-04-04T15:15:48.1234567890", "2018-04-04T15:15:48Q", "18-04-04",
            "2018-4-4", "/Date(1224043200000)/", "2018-04-04T15:15:48+2", "2018-04-04T15:15:48 ", "２０１８-04-04",
        ])
    func invalid(_ text: String) {
        #expect(IIQDateParser.parse(text) == .invalid)
    }

    @Test("Formatting writes yyyy-MM-ddTHH:mm:ss.fffZ in UTC and round-trips")
    func formatting() {
        let date = Self.utc(2026, 11, 21, 9, 5, 3, 0.25)
        #expect(IIQDateParser.string(from: date) == "2026-11-21T09:05:03.250Z")
        #expect(IIQDateParser.string(from: Self.utc(1960, 1, 2, 3, 4, 5, 0.5)) == "1960-01-02T03:04:05.500Z")
        #expect(IIQDateParser.parse(IIQDateParser.string(from: date)) == .date(date))
    }

    struct Dated: Decodable {
        var created: Date?
        var purchased: Date?
        enum CodingKeys: String, CodingKey {
            case created = "CreatedDate"
            case purchased = "PurchasedDate"
        }
    }

    @Test("Models read strings, .NET Date objects, nulls and the default date")
    func modelDecoding() throws {
        let json =
            #"{"CreatedDate":"0001-01-01T00:00:00","PurchasedDate":{"Year":2021,"Month":8,"Day":15,"DayOfWeek":0,"DayOfYear":227}}"#
        let value = try IIQJSON.decode(Dated.self, from: Data(json.utf8))
        #expect(value.created == nil)
        #expect(value.purchased == Self.utc(2021, 8, 15))
        let nulls = try IIQJSON.decode(Dated.self, from: Data(#"{"CreatedDate":null}"#.utf8))
        #expect(nulls.created == nil && nulls.purchased == nil)
        // Not a date: nil, reported as a drift at its path, never a failure.
        let (drifted, log) = try DecodingLog.record {
            try IIQJSON.decode(Dated.self, from: Data(#"{"CreatedDate":"yesterday"}"#.utf8))
        }
        #expect(drifted.created == nil)
        #expect(log.drifts.map(\.codingPath) == ["CreatedDate"])
    }
}
