import Foundation

/// Entry points for the libFuzzer targets in `Fuzz/` and their regression tests.
///
/// Behind `@_spi(Fuzzing)`, so they are not part of the public API. Each takes arbitrary bytes and
/// must return, never crash: a crash is a bug the fuzzer found.
@_spi(Fuzzing)
public enum IIQFuzzEntryPoints {
    /// Decodes `data` as every envelope and model shape the SDK reads, and interprets it as a response.
    public static func decodeResponses(_ data: Data) {
        _ = try? IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: data)
        _ = try? IIQJSON.decode(ListEnvelope<IIQUser>.self, from: data)
        _ = try? IIQJSON.decode(ListEnvelope<IIQTicketActivity>.self, from: data)
        _ = try? IIQJSON.decode(ItemEnvelope<IIQTicket>.self, from: data)
        _ = try? IIQJSON.decode(ItemEnvelope<IIQLocation>.self, from: data)
        let interpreter = ResponseInterpreter(
            redactor: Redactor(secret: IIQToken("fuzz-token-0123456789")), tokenExpiry: nil)
        let operation = IIQOperation("fuzz.decode", .get, ["fuzz"], scope: "tickets:read")
        for status in [200, 404, 429, 502] {
            let response = IIQHTTPResponse(
                status: status, headers: IIQHTTPHeaders([("Content-Type", "application/json"), ("Retry-After", "5")]),
                body: data)
            _ = try? interpreter.check(response, of: operation)
            _ = try? interpreter.decode(ActionEnvelope.self, from: response, of: operation)
        }
    }

    /// Decodes `data` with the SDK's decoder and with Foundation's `JSONDecoder` into the same
    /// models and returns the first difference that is not an allowed one, or nil. See
    /// ``DifferentialDecoding`` for what is allowed.
    public static func decodeDifferentially(_ data: Data) -> String? {
        DifferentialDecoding.check(data)
    }

    /// Parses `data` as an IIQ timestamp and as a `Retry-After` value.
    public static func parseDates(_ data: Data) {
        data.withUnsafeBytes { raw in
            _ = IIQDateParser.parse(bytes: raw.bindMemory(to: UInt8.self))
        }
        let text = String(decoding: data, as: UTF8.self)
        _ = IIQDateParser.parse(text)
        _ = IIQRetryAfter.parse(text, now: Date(timeIntervalSince1970: 1_700_000_000))
        if case .date(let date) = IIQDateParser.parse(text) { _ = IIQDateParser.string(from: date) }
    }

    /// Reads `data` as a JWT and validates it, and pieces of it, as every configuration field.
    public static func readToken(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        _ = try? IIQTokenClaims(readingJWT: IIQToken(text))
        _ = try? IIQConfiguration(token: text)
        _ = try? IIQConfiguration(token: "a.b.c", siteID: text, baseURL: URL(string: "https://x.incidentiq.com"))
        _ = try? IIQProduct(parsing: text)
        _ = try? ConfigurationValidator.parseBaseURL(text)
        if let url = URL(string: text) { _ = try? ConfigurationValidator.normalize(url) }
        _ = Redactor(secret: IIQToken(text)).scrub(text + " " + text)
    }

    /// Drives the pagination state machine with pages described by `data`, 5 bytes a page.
    ///
    /// The walk must end within `maximumPages` steps whatever the pages say.
    public static func paginate(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        guard let first = bytes.first else { return true }
        var state = PaginationState(pageSize: Int(first % 16) + 1, maximumPages: 64)
        var steps = 0
        var offset = 1
        while true {
            let index: Int?
            do {
                index = try state.pageToFetch()
            } catch {
                return steps <= 64
            }
            guard index != nil else { return steps <= 64 }
            steps += 1
            guard offset + 5 <= bytes.count, steps <= 64 else { return steps <= 64 }
            let page = bytes[offset..<(offset + 5)].map(Int.init)
            offset += 5
            do {
                try state.advance(
                    itemCount: page[0] % 20, fingerprint: page[1] % 4 == 0 ? nil : page[1] % 3,
                    reportedPageIndex: page[2] % 2 == 0 ? nil : page[2] % 70,
                    pageCount: page[3] % 3 == 0 ? nil : page[3],
                    envelopeItemCount: page[4] % 2 == 0 ? nil : page[4] % 20)
            } catch {
                return steps <= 64
            }
        }
    }
}
