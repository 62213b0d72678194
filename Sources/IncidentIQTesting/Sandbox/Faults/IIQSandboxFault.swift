import Foundation

/// A fault an ``IIQSandbox`` can inject, to see how an integration copes with what live tenants do.
///
/// ```swift
/// sandbox.inject(.rateLimited(retryAfter: .seconds(2)), on: "/assets")
/// sandbox.inject(.serverError(status: 503), times: 2, on: "/tickets")
/// sandbox.injectRandomly([.latency(.milliseconds(200)), .unknownKeyAdded], probability: 0.3, seed: 42)
/// sandbox.inject(.redirect(status: 302, to: otherSandbox.baseURL.appending(path: "assets")), on: "/assets")
/// ```
public enum IIQSandboxFault: Sendable, Hashable {
    /// How a 429 states when to come back.
    public enum RetryAfter: Sendable, Hashable {
        /// `Retry-After: 7`.
        case seconds(Int)
        /// `Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`.
        case date(Date)
    }

    /// A 429 with an IIQ error envelope, and a `Retry-After` header when given.
    case rateLimited(retryAfter: RetryAfter?)
    /// A 5xx with an IIQ error envelope.
    case serverError(status: Int)
    /// An IIS- or proxy-style HTML error page with this status.
    case htmlErrorPage(status: Int)
    /// The request is answered normally, after this delay.
    case latency(Duration)
    /// The answer drops this key from every item (and from the `Item` of a single-item answer).
    case droppedKey(String)
    /// The answer carries a key no client knows, on the envelope and on every item.
    case unknownKeyAdded
    /// A list answer carries `ItemCount` but no `Paging` block.
    case itemCountWithoutPaging
    /// The body stops halfway. Over HTTP the connection closes before `Content-Length` bytes arrive.
    case truncatedBody
    /// The connection drops before the response arrives.
    case connectionReset
    /// A redirect (301, 302, 303, 307 or 308) to `location`, as a proxy or a moved tenant sends.
    ///
    /// Over HTTP, with the sandbox server, it shows what a client does with the redirect: the SDK
    /// follows same-origin redirects a few times and refuses any that would carry the token elsewhere.
    case redirect(status: Int, to: URL)
    /// The answer is padded with whitespace to this many bytes: still valid JSON, but larger than a
    /// client should accept. Servers stream it, so the sandbox itself never holds it all.
    case oversizedBody(bytes: Int)
}
