/// An HTTP request method.
public struct IIQHTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The method name as sent on the wire, such as `GET`.
    public let rawValue: String

    /// Creates a method from its wire name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `GET`.
    public static let get = IIQHTTPMethod(rawValue: "GET")
    /// `POST`. IIQ uses it for searches as well as for writes.
    public static let post = IIQHTTPMethod(rawValue: "POST")
    /// `PUT`.
    public static let put = IIQHTTPMethod(rawValue: "PUT")
    /// `DELETE`.
    public static let delete = IIQHTTPMethod(rawValue: "DELETE")

    /// The method name.
    public var description: String { rawValue }
}
