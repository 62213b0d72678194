/// Where a raw call goes: path segments, each percent-encoded on its own, below the API base URL or
/// below the tenant root.
///
/// ```swift
/// let types: IIQRawPath = ["custom-fields", "types"]            // {base}/custom-fields/types
/// let legacy = IIQRawPath.tenant("services", "users", userID)    // https://district.incidentiq.com/services/users/…
/// let v2 = IIQRawPath.tenant("api", "v2.0", "locations", "all")  // https://district.incidentiq.com/api/v2.0/locations/all
/// ```
///
/// A segment is never split: `"A/1"` is sent as `A%2F1`, `"50%"` as `50%25`, `".."` as `%2E%2E`, so a
/// value taken from data cannot change the route. Pass segments, not a path with slashes.
public struct IIQRawPath: Sendable, Hashable, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// Where the segments start.
    public enum Root: Sendable, Hashable {
        /// The API base URL, such as `https://district.incidentiq.com/api/v1.0`: every route of IIQ's
        /// published spec.
        case api
        /// The tenant root: the base URL without its `/api/v1.0`, such as
        /// `https://district.incidentiq.com`. For `/services/…`, `/apps/{appId}/api/…` and
        /// `/api/v2.0/…`.
        case tenant
    }

    /// Where the segments start.
    public var root: Root
    /// The segments, unencoded.
    public var segments: [String]

    /// A path of `segments` below `root`.
    public init(_ segments: [String], from root: Root = .api) {
        self.root = root
        self.segments = segments
    }

    /// A path below the API base URL: `["tickets", id.description, "sla"]`.
    public init(arrayLiteral segments: String...) {
        self.init(segments)
    }

    /// A path below the API base URL.
    public static func api(_ segments: any CustomStringConvertible...) -> IIQRawPath {
        IIQRawPath(segments.map(\.description))
    }

    /// A path below the tenant root, for `/services/…`, `/apps/…` and `/api/v2.0/…` routes.
    public static func tenant(_ segments: any CustomStringConvertible...) -> IIQRawPath {
        IIQRawPath(segments.map(\.description), from: .tenant)
    }

    /// The encoded path, with `~` for the tenant root: `/custom-fields/types`, `~/services/users`.
    public var description: String {
        (root == .tenant ? "~/" : "/") + segments.map(PathEncoding.encodeSegment).joined(separator: "/")
    }
}
