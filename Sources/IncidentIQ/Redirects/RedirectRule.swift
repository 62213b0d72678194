import Foundation

/// What the client does with a 3xx response: the one redirect policy for every transport.
///
/// | Status | GET | POST, PUT, DELETE (a body or a write) |
/// |---|---|---|
/// | 301, 302, 303 | followed | refused: following would turn it into a GET without its body |
/// | 307, 308 | followed | re-sent with the same method and body, byte for byte |
/// | any, to another scheme, host or port | refused | refused |
///
/// Transports return 3xx responses as they are; the client follows them here, so the rules and the
/// hop limit hold whatever the transport does.
enum RedirectRule {
    /// The statuses that carry a `Location` to follow.
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// What to do with one response.
    enum Decision: Equatable {
        /// Not a redirect: interpret the response as it is.
        case deliver
        /// Send this request next.
        case follow(IIQHTTPRequest)
        /// Fail with this reason.
        case refuse(String)
    }

    /// Decides on `response` to `request`, after `hops` redirects were already followed.
    static func decide(
        _ response: IIQHTTPResponse, to request: IIQHTTPRequest, hops: Int, maximumHops: Int
    ) -> Decision {
        guard redirectStatuses.contains(response.status), let location = response.headers["Location"] else {
            return .deliver
        }
        let status = response.status
        let origin = Origin(request.url)
        let target: URL
        do {
            target = try RedirectLocation.resolve(location, from: request.url)
        } catch .otherScheme(let scheme) {
            return .refuse(
                "the server redirected (\(status)) to a \(scheme): URL; only \(origin.scheme) on \(origin.host)"
                    + " is followed, so the credentials stay with the tenant")
        } catch .otherOrigin {
            return .refuse(
                "the server redirected (\(status)) to another host or port; the SDK follows redirects only on"
                    + " \(origin.host):\(origin.port), so the credentials stay with the tenant. Check the base URL")
        } catch {
            return .refuse("the server redirected (\(status)) with a Location header that is not a valid URL")
        }
        guard hops < maximumHops else {
            return .refuse("the server redirected more than \(maximumHops) times; check the base URL")
        }
        var next = request
        next.url = target
        if request.method == .get {
            next.body = nil
        } else if status == 301 || status == 302 || status == 303 {
            return .refuse(
                "the server answered \(request.method) with \(status), which would turn it into a GET without its"
                    + " body; a search would lose its filters and a write would not happen. Refused. Check the base URL"
            )
        }
        return .follow(next)
    }
}
