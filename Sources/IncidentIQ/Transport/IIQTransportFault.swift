/// A failure a transport raises itself, before or instead of a complete response.
///
/// Any ``IIQTransport`` may throw it; the client maps it to ``IIQError``:
/// ``responseTooLarge(limit:)`` to ``IIQError/Code/responseTooLarge``, and the others to
/// ``IIQError/Code/transport`` with the matching ``IIQTransportFailure/Kind``.
///
/// It is a struct around a code rather than an enum, so new codes can be added without breaking a
/// `switch`. Compare codes with `==`:
///
/// ```swift
/// if fault.code == .responseTooLarge { … }
/// ```
public struct IIQTransportFault: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of fault it is.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The body, after any decompression, passed the transport's size cap.
        public static let responseTooLarge = Code("responseTooLarge")
        /// The response used a `Content-Encoding` the transport did not ask for, or stacked encodings.
        public static let unsupportedContentEncoding = Code("unsupportedContentEncoding")

        /// The code's name, such as `responseTooLarge`.
        public var description: String { name }
    }

    /// What kind of fault it is.
    public let code: Code
    /// The size cap in bytes, for ``Code/responseTooLarge``.
    public let limit: Int?
    /// What happened, in words. Never contains a header value the client sent.
    public let reason: String

    private init(code: Code, limit: Int?, reason: String) {
        self.code = code
        self.limit = limit
        self.reason = reason
    }

    /// The body passed `limit` bytes, counted after decompression.
    public static func responseTooLarge(limit: Int) -> IIQTransportFault {
        IIQTransportFault(
            code: .responseTooLarge, limit: limit, reason: "the response body passed the size cap of \(limit) bytes")
    }

    /// The response was encoded with `encoding`, which the transport refuses.
    ///
    /// - Parameter encoding: The `Content-Encoding` value as received; it is cut to 40 characters.
    public static func unsupportedContentEncoding(_ encoding: String) -> IIQTransportFault {
        let shown = encoding.count > 40 ? String(encoding.prefix(40)) + "…" : encoding
        return IIQTransportFault(
            code: .unsupportedContentEncoding, limit: nil,
            reason: "the response was sent with Content-Encoding \"\(shown)\", but only gzip was asked for;"
                + " a proxy may be re-encoding responses")
    }

    /// The reason, in words.
    public var description: String { reason }
}
