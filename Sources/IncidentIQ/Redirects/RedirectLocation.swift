import Foundation

/// A `Location` header judged as the server sent it, before any URL library resolves it.
///
/// FoundationNetworking resolves `file:`, `ftp:` and scheme-relative targets against the origin
/// before a delegate sees them, so checking the resolved URL is too late. This reads the raw text
/// by RFC 3986's reference rules and answers with the target only when it stays on the origin.
enum RedirectLocation {
    /// Why a `Location` cannot be followed.
    enum Refusal: Error, Equatable {
        /// Spaces, control characters, backslashes or non-ASCII: browsers and libraries disagree on them.
        case malformed
        /// A scheme other than the origin's.
        case otherScheme(String)
        /// Another host or port, or user information in the authority.
        case otherOrigin
    }

    /// The longest `Location` read; a longer one is refused as malformed.
    static let maximumLength = 8 * 1024

    /// The absolute URL `location` names, when it is on `origin`.
    ///
    /// - Parameters:
    ///   - location: The raw header value.
    ///   - current: The URL that answered with the redirect, for relative references.
    static func resolve(_ location: String, from current: URL) throws(Refusal) -> URL {
        let origin = Origin(current)
        let text = location.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.utf8.count <= maximumLength,
            text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") })
        else { throw .malformed }
        var rest = Substring(text)
        if let scheme = Self.scheme(of: rest) {
            guard scheme.lowercased() == origin.scheme else { throw .otherScheme(String(scheme.prefix(20))) }
            rest = rest.dropFirst(scheme.count + 1)
            // "http:path" without "//" is a relative reference with a scheme in RFC 3986's strict
            // parsing; no server means it, and libraries read it differently. Refuse it.
            guard rest.hasPrefix("//") else { throw .malformed }
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
            try checkAuthority(rest[..<end], against: origin)
            rest = rest[end...]
        }
        let reference = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard let target = URL(string: reference.isEmpty ? "/" : String(reference), relativeTo: current)?.absoluteURL,
            Origin(target) == origin
        else { throw .otherOrigin }
        return target
    }

    /// The scheme of an absolute reference: letters, digits, `+`, `-`, `.` before the first `:`,
    /// starting with a letter, and no `/`, `?` or `#` before it.
    private static func scheme(of text: Substring) -> Substring? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let candidate = text[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
            candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return candidate
    }

    /// Refuses an authority that names another host or port, or carries user information.
    private static func checkAuthority(_ authority: Substring, against origin: Origin) throws(Refusal) {
        guard !authority.contains("@"), !authority.contains("%") else { throw .otherOrigin }
        let host: Substring
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw .malformed }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw .malformed }
                portText = after.dropFirst()
            }
        } else if let colon = authority.firstIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        } else {
            host = authority
        }
        var port = Origin.defaultPort(for: origin.scheme)
        if let portText, !portText.isEmpty {
            guard portText.count <= 5, portText.allSatisfy(\.isASCII), let value = Int(portText) else {
                throw .malformed
            }
            port = value
        }
        guard !host.isEmpty, host.lowercased() == origin.host, port == origin.port else { throw .otherOrigin }
    }
}
