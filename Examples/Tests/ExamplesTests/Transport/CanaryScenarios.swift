import Foundation
import IncidentIQ
import IncidentIQTesting
import Testing

extension TransportScenarios {
    /// A hostile server echoes the token it received in every form it can think of: in the body,
    /// in `Content-Type` and `X-Request-Id`, escaped, encoded, and across the excerpt's cut. No
    /// error text, reflection, dump or log record may contain any of it.
    @Suite("Token echoes")
    struct Echoes {
        @Test("No error or log record shows an echoed token, in any form or place", arguments: TransportKind.allCases)
        func echoes(_ kind: TransportKind) async throws {
            try await withScenario(kind) { scenario in
                let canary = Canary(token: scenario.token)
                var answers: [FaultServer.Answer] = []
                for (name, form) in canary.forms {
                    // The form straddles the excerpt's 300-character cut, whatever else the body holds.
                    answers.append(
                        .raw(
                            status: 500, headers: [("Content-Type", "application/json")],
                            body: Canary.straddling(form, at: IIQHTTPFailure.excerptLimit, note: name)))
                }
                for (name, form) in canary.forms {
                    // The form in IIQ's own fields, in the headers copied into errors, and in a plain body.
                    answers.append(
                        .raw(
                            status: 400,
                            headers: [("Content-Type", "application/json; echo=\(form)"), ("X-Request-Id", form)],
                            body: Data(
                                #"{"Message":"\#(form)","Errors":[{"Message":"\#(form)","ErrorKey":"\#(form)"}]}"#.utf8)
                        ))
                    answers.append(
                        .raw(
                            status: 200,
                            headers: [("Content-Type", "text/html; echo=\(form)"), ("X-Request-Id", "id-\(form)")],
                            body: Data("<html><body>\(name): \(form)</body></html>".utf8)))
                    answers.append(
                        .raw(
                            status: 200, headers: [("Content-Type", "application/json")],
                            body: Data(#"{"Items":[{"AssetId":"\#(form)"}],"Paging":"\#(form)""#.utf8)))
                }
                var errors: [IIQError] = []
                for answer in answers {
                    scenario.server.script(answer)
                    if let error = await captureError({ try await scenario.client.assets.search().first(1) }) {
                        errors.append(error)
                    }
                }
                #expect(errors.count == answers.count)
                var texts: [(String, String)] = []
                for (index, error) in errors.enumerated() {
                    var dumped = ""
                    dump(error, to: &dumped)
                    texts += [
                        ("error \(index) description", error.description),
                        ("error \(index) reflection", String(reflecting: error)), ("error \(index) dump", dumped),
                    ]
                }
                for (index, record) in scenario.logs.all.enumerated() {
                    var dumped = ""
                    dump(record, to: &dumped)
                    texts += [
                        ("log \(index) description", record.description),
                        ("log \(index) reflection", String(reflecting: record)), ("log \(index) dump", dumped),
                    ]
                }
                #expect(scenario.logs.all.count >= answers.count)
                for (place, text) in texts {
                    if let leak = canary.leak(in: text) {
                        Issue.record("\(place) contains \(leak)")
                    }
                }
            }
        }
    }
}

/// The token as a hostile echo would send it, and the fragments that must never come back.
struct Canary {
    /// Each echo form, by name.
    let forms: [(name: String, form: String)]
    /// Pieces of every form that only the token's secret part (its payload and signature) produces,
    /// by length, each with the name of its form.
    private let fragments: [Int: [String: String]]

    /// How many characters of the token a leaked piece stands for.
    static let fragmentLength = 16

    init(token: String) {
        let bytes = Array(token.utf8)
        let base64 = Data(bytes).base64EncodedString()
        let forms: [(String, String)] = [
            ("raw", token),
            ("JSON-escaped dots", token.replacingOccurrences(of: ".", with: #"\u002e"#)),
            ("JSON-escaped, every character", bytes.map { String(format: #"\u%04x"#, $0) }.joined()),
            ("percent-encoded, every byte", bytes.map { String(format: "%%%02X", $0) }.joined()),
            ("percent-encoded dots", token.replacingOccurrences(of: ".", with: "%2E")),
            ("base64", base64),
            ("base64 with escaped slashes", base64.replacingOccurrences(of: "/", with: #"\/"#)),
            ("base64 without padding", base64.trimmingCharacters(in: CharacterSet(charactersIn: "="))),
            (
                "base64url",
                base64.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                    .trimmingCharacters(in: CharacterSet(charactersIn: "="))
            ),
        ]
        self.forms = forms

        // The JWT header ({"alg":"HS256","typ":"JWT"}) is the same in every token and secret in
        // none; fragments start where the payload does, in each form's own alphabet.
        let headerBytes = (bytes.firstIndex(of: UInt8(ascii: ".")) ?? 0) + 1
        let secret = String(token.dropFirst(headerBytes))
        let secretBytes = Array(secret.utf8)
        let base64Start = (headerBytes + 2) / 3 * 4
        let secretForms: [(String, String)] = [
            ("raw", secret),
            ("JSON-escaped dots", secret.replacingOccurrences(of: ".", with: #"\u002e"#)),
            ("JSON-escaped, every character", secretBytes.map { String(format: #"\u%04x"#, $0) }.joined()),
            ("percent-encoded, every byte", secretBytes.map { String(format: "%%%02X", $0) }.joined()),
            ("percent-encoded dots", secret.replacingOccurrences(of: ".", with: "%2E")),
            ("base64", String(base64.dropFirst(base64Start))),
            (
                "base64url",
                String(
                    base64.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                        .trimmingCharacters(in: CharacterSet(charactersIn: "=")).dropFirst(base64Start))
            ),
        ]
        // A fragment stands for 16 characters of the token, however many characters its form spends on them.
        var fragments: [Int: [String: String]] = [:]
        for (name, form) in secretForms {
            let bytes = Array(form.utf8)
            let length = Self.fragmentLength * Swift.max(bytes.count / Swift.max(secretBytes.count, 1), 1)
            guard bytes.count >= length else { continue }
            for start in 0...(bytes.count - length) {
                fragments[length, default: [:]][String(decoding: bytes[start..<(start + length)], as: UTF8.self)] = name
            }
        }
        self.fragments = fragments
    }

    /// The first leaked fragment in `text`, described with a little of its context, or `nil`.
    ///
    /// Every window of `text` is looked up in a set, so the check is linear in the text.
    func leak(in text: String) -> String? {
        let bytes = Array(text.utf8)
        for (length, table) in fragments where bytes.count >= length {
            for start in 0...(bytes.count - length) {
                let window = String(decoding: bytes[start..<(start + length)], as: UTF8.self)
                guard let name = table[window] else { continue }
                let context = String(
                    decoding: bytes[Swift.max(start - 60, 0)..<Swift.min(start + length + 20, bytes.count)],
                    as: UTF8.self)
                return "a \(name) fragment of the token: \(window) in …\(context)…"
            }
        }
        return nil
    }

    /// An IIQ-shaped error body whose `form` starts before character `cut` and ends after it.
    static func straddling(_ form: String, at cut: Int, note: String) -> Data {
        let opening = #"{"Message":"echo","Detail":""#
        let padding = Swift.max(cut - opening.count - form.count / 2, 0)
        return Data((opening + String(repeating: "x", count: padding) + form + #"","Note":"\#(note)"}"#).utf8)
    }
}
