import Foundation

/// How long an ``IIQSandbox`` takes to answer, as a real tenant does: a fixed part for every
/// request, and optionally a part for every item of a list answer.
///
/// ```swift
/// sandbox.latency = IIQSandboxLatency(fixed: .milliseconds(150))                             // every answer
/// sandbox.latency = IIQSandboxLatency(fixed: .milliseconds(150), perItem: .microseconds(200)) // 1,000 items: 350 ms
/// ```
///
/// The wait is a suspension, not a busy thread: a server that serves the sandbox answers other
/// requests meanwhile, as a tenant's web farm does. A 429 from ``IIQSandbox/rateLimit`` is answered
/// at once, as a gateway does.
public struct IIQSandboxLatency: Sendable, Hashable {
    /// The time every answer takes.
    public var fixed: Duration
    /// The time added for each item of a list answer (`Items`).
    public var perItem: Duration

    /// Creates a latency; both parts default to zero.
    public init(fixed: Duration = .zero, perItem: Duration = .zero) {
        self.fixed = fixed
        self.perItem = perItem
    }

    /// No latency: answers come as fast as the sandbox renders them.
    public static let none = IIQSandboxLatency()

    /// The wait for an answer with `items` items.
    func delay(items: Int) -> Duration { fixed + perItem * max(items, 0) }
}

/// A tenant's rate limit, enforced by an ``IIQSandbox``: a request past it is answered 429 at once.
///
/// ```swift
/// sandbox.rateLimit = IIQSandboxRateLimit(maximumInFlight: 2)                       // a third at once gets 429
/// sandbox.rateLimit = IIQSandboxRateLimit(requestsPerSecond: 20, burst: 5, retryAfter: .seconds(1))
/// ```
///
/// ``IIQSandbox/rateLimitedCount`` counts the 429s it sent, beside ``IIQSandbox/requestCount``, so a
/// test can bound what a client does under it.
public struct IIQSandboxRateLimit: Sendable, Hashable {
    /// The most requests answered at once, latency included; one more gets a 429. `nil` for no bound.
    public var maximumInFlight: Int?
    /// The steady rate at which requests are accepted, or `nil` for no rate.
    public var requestsPerSecond: Double?
    /// How many requests may come at once before the rate applies.
    public var burst: Int
    /// The 429's `Retry-After`, or `nil` to send none.
    public var retryAfter: IIQSandboxFault.RetryAfter?

    /// Creates a rate limit.
    public init(
        maximumInFlight: Int? = nil, requestsPerSecond: Double? = nil, burst: Int = 1,
        retryAfter: IIQSandboxFault.RetryAfter? = nil
    ) {
        self.maximumInFlight = maximumInFlight
        self.requestsPerSecond = requestsPerSecond
        self.burst = burst
        self.retryAfter = retryAfter
    }
}

/// The state of a rate limit: requests being answered, and a token bucket.
struct RateLimiter: Sendable {
    var limit: IIQSandboxRateLimit
    var inFlight = 0
    private var tokens: Double
    private var refilledAt: ContinuousClock.Instant?

    init(_ limit: IIQSandboxRateLimit) {
        self.limit = limit
        tokens = Double(max(limit.burst, 1))
    }

    /// Whether a request arriving at `now` is accepted; an accepted one counts as in flight until ``finish()``.
    mutating func admit(at now: ContinuousClock.Instant) -> Bool {
        if let maximum = limit.maximumInFlight, inFlight >= maximum { return false }
        if let rate = limit.requestsPerSecond, rate > 0 {
            if let refilledAt {
                let elapsed = now - refilledAt
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                tokens = min(Double(max(limit.burst, 1)), tokens + seconds * rate)
            }
            refilledAt = now
            guard tokens >= 1 else { return false }
            tokens -= 1
        }
        inFlight += 1
        return true
    }

    /// An accepted request has been answered.
    mutating func finish() { inFlight = max(inFlight - 1, 0) }
}
