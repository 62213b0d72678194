import Foundation

/// Scrubs a secret out of text that came from elsewhere: a response body, an underlying error.
///
/// The SDK never puts the token into a message itself; this guards against a server or a
/// library echoing it back. It replaces the plain, percent-encoded and base64 forms.
struct Redactor: Sendable {
    static let placeholder = "<redacted>"
    private let forms: [String]

    init(secret: IIQToken) {
        let raw = secret.rawValue
        guard raw.utf8.count >= 8 else {
            // Too short to scrub without mangling ordinary text; such a token fails validation anyway.
            forms = []
            return
        }
        var forms = [raw]
        if let encoded = raw.addingPercentEncoding(withAllowedCharacters: .alphanumerics), encoded != raw {
            forms.append(encoded)
        }
        let base64 = Data(raw.utf8).base64EncodedString()
        forms.append(base64)
        forms.append(base64.trimmingCharacters(in: CharacterSet(charactersIn: "=")))
        forms.append(Base64URL.encode(Data(raw.utf8)))
        // Longest first, so a form that contains another is replaced whole.
        self.forms = forms.sorted { $0.utf8.count > $1.utf8.count }
    }

    func scrub(_ text: String) -> String {
        var text = text
        for form in forms where text.contains(form) {
            text = text.replacingOccurrences(of: form, with: Self.placeholder)
        }
        return text
    }
}
