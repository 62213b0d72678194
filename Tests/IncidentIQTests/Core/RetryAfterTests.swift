import Foundation
import Testing

@testable import IncidentIQ

@Suite("Retry-After parsing")
struct RetryAfterTests {
    /// 1994-11-06T08:49:37Z, the RFC's example instant.
    static let now = Date(timeIntervalSince1970: 784_111_777 - 10)

    @Test(
        "Header values",
        arguments: [
            ("0", Duration?.some(.zero)),
            ("7", .seconds(7)),
            (" 7 ", .seconds(7)),
            ("120", .seconds(120)),
            ("-5", nil),
            ("1e3", nil),
            ("3.5", nil),
            ("+5", nil),
            ("", nil),
            ("   ", nil),
            ("soon", nil),
            (String(repeating: "9", count: 20), .seconds(IIQRetryAfter.maximumSeconds)),
            ("Sun, 06 Nov 1994 08:49:37 GMT", .seconds(10)),
            ("Sun, 06 Nov 1994 08:49:37 UTC", .seconds(10)),
            ("Sunday, 06-Nov-94 08:49:37 GMT", .seconds(10)),
            ("Sun Nov  6 08:49:37 1994", .seconds(10)),
            ("Sun, 06 Nov 1994 08:49:17 GMT", .zero),
            ("Sun, 06 Nov 1994 08:49:37 PST", nil),
            ("Sun, 6 Nov 1994 08:49:37 GMT", nil),
            ("Sun, 06 Foo 1994 08:49:37 GMT", nil),
            ("Sun, 31 Feb 1994 08:49:37 GMT", nil),
            ("Sun, 06 Nov 1994 25:49:37 GMT", nil),
            ("\t7", .seconds(7)),
            ("007", .seconds(7)),
            ("7 seconds", nil),
            ("0x10", nil),
            ("١٢", nil),
            ("Sun, 06 Nov 1994 08:49:47 GMT", .seconds(20)),
            ("sun, 06 nov 1994 08:49:37 GMT", .seconds(10)),
            ("Sunday, 06-Nov-94 08:49:27 GMT", .zero),
            ("Sun Nov 16 08:49:37 1994", .seconds(864_010)),
            ("Sun Nov  6 08:49:37 94", nil),
            ("Sun, 06 Nov 1994 08:49:37", nil),
            ("Mon, 06 Nov 1994 08:49:37 GMT extra", nil),
        ])
    func parse(_ value: String, _ expected: Duration?) {
        #expect(IIQRetryAfter.parse(value, now: Self.now) == expected, "\(value)")
    }
}
