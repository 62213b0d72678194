/// When and how a failed call is tried again.
///
/// Retried: a connection failure before any response, a timeout, and statuses 408, 429, 500, 502,
/// 503 and 504. Never retried: other 4xx (400, 401, 403, 404, 409, 422, …), TLS failures,
/// cancellation and refused redirects.
///
/// Only operations that are safe to repeat are retried: reads and searches, including IIQ's POST
/// searches (`POST /tickets`, `/assets`, `/users`, `/assets/count`). Creates, updates, actions and
/// comments are sent once, because IIQ has no idempotency key and a repeated create opens a second
/// ticket; opt one call in with ``IIQRequestOptions/retriesUnsafeOperation``.
///
/// Delays grow exponentially with jitter: for 5xx and connection errors U[0.5, 1] × min(0.5 s × 2^(n−1), 5 s);
/// for a 429 with no `Retry-After`, the same with a 1 s base and a 20 s cap. A `Retry-After` is honoured
/// up to ``maximumRetryAfter``; a longer one fails at once with ``IIQError/Code/rateLimited``.
public struct IIQRetryPolicy: Sendable, Hashable {
    /// Attempts in total, the first included. Defaults to 3; 1 turns retries off.
    public var maximumAttempts: Int
    /// The first backoff step for 5xx and connection errors. Defaults to 0.5 s.
    public var baseDelay: Duration
    /// The largest backoff step for 5xx and connection errors. Defaults to 5 s.
    public var maximumDelay: Duration
    /// The first backoff step for a 429 without `Retry-After`. Defaults to 1 s.
    public var rateLimitBaseDelay: Duration
    /// The largest backoff step for a 429 without `Retry-After`. Defaults to 20 s.
    public var rateLimitMaximumDelay: Duration
    /// The longest `Retry-After` honoured. Defaults to 60 s.
    public var maximumRetryAfter: Duration

    /// Creates a policy; every setting has the documented default.
    public init(
        maximumAttempts: Int = 3, baseDelay: Duration = .milliseconds(500), maximumDelay: Duration = .seconds(5),
        rateLimitBaseDelay: Duration = .seconds(1), rateLimitMaximumDelay: Duration = .seconds(20),
        maximumRetryAfter: Duration = .seconds(60)
    ) {
        self.maximumAttempts = maximumAttempts
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.rateLimitBaseDelay = rateLimitBaseDelay
        self.rateLimitMaximumDelay = rateLimitMaximumDelay
        self.maximumRetryAfter = maximumRetryAfter
    }

    /// Three attempts with the documented delays.
    public static let `default` = IIQRetryPolicy()
    /// One attempt: nothing is retried.
    public static let never = IIQRetryPolicy(maximumAttempts: 1)

    /// Whether `error` is worth another attempt.
    public func isRetryable(_ error: IIQError) -> Bool {
        switch error.detail {
        case .rateLimited: return true
        case .server(let failure): return [500, 502, 503, 504].contains(failure.status)
        case .unexpectedStatus(let failure): return failure.status == 408
        case .transport(let failure): return failure.kind == .connection || failure.kind == .timedOut
        default: return false
        }
    }

    /// The backoff before attempt `attempt + 1`, after `attempt` failed attempts, with `jitter` in [0, 1).
    /// `Retry-After` is handled by the caller; this is the fallback.
    func backoff(after attempt: Int, for error: IIQError, jitter: Double) -> Duration {
        let (base, cap): (Duration, Duration) =
            if case .rateLimited = error { (rateLimitBaseDelay, rateLimitMaximumDelay) } else {
                (baseDelay, maximumDelay)
            }
        let exponent = Swift.min(Swift.max(attempt - 1, 0), 30)
        let step = Swift.min(base * (1 << exponent), cap)
        let factor = 0.5 + 0.5 * Swift.min(Swift.max(jitter, 0), 1)
        return step * factor
    }
}
