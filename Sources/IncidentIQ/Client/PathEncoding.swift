import Foundation

/// Percent-encoding for IIQ routes.
enum PathEncoding {
    /// RFC 3986 unreserved characters: the only ones left as they are in a path segment.
    private static let segmentAllowed = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// Query names and values keep `$` (for `$s`, `$p`, `$o`, `$d`, `$filter`) and a few harmless marks
    /// literal; `&`, `=`, `+`, `#`, `%`, `;` and spaces are encoded.
    private static let queryAllowed = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~$'()*,:@/!")

    /// Encodes one path segment. `.` and `..` are encoded too, so they cannot climb the route.
    static func encodeSegment(_ segment: String) -> String {
        if segment == "." { return "%2E" }
        if segment == ".." { return "%2E%2E" }
        return segment.addingPercentEncoding(withAllowedCharacters: segmentAllowed) ?? ""
    }

    static func encodeQuery(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: queryAllowed) ?? ""
    }
}
