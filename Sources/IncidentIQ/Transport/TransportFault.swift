/// Failures ``URLSessionTransport`` raises itself; the client maps them to ``IIQError``.
enum TransportFault: Error, Sendable {
    /// The body passed the size cap while it arrived.
    case responseTooLarge(limit: Int)
    /// A redirect to another origin, from https to http, or past the redirect limit.
    case redirectRefused(String)
}
