/// Client-side pacing: how many requests one client has in flight, and how fast it starts them.
///
/// Both limits belong to one client, never to the process: two clients for two tenants do not slow
/// each other down.
///
/// ```swift
/// configuration.pacing = IIQPacing(maximumInFlight: 4, requestsPerSecond: 10, burst: 20)
/// ```
public struct IIQPacing: Sendable, Hashable {
    /// The most requests in flight at once, for the whole client. Defaults to 8, so one walk can use
    /// its default ``IIQConfiguration/pageConcurrency``.
    public var maximumInFlight: Int
    /// The steady rate at which requests may start, or `nil` (the default) for no rate limit.
    public var requestsPerSecond: Double?
    /// How many requests may start at once before the rate applies. Defaults to 1.
    public var burst: Int

    /// Creates pacing settings.
    public init(maximumInFlight: Int = 8, requestsPerSecond: Double? = nil, burst: Int = 1) {
        self.maximumInFlight = maximumInFlight
        self.requestsPerSecond = requestsPerSecond
        self.burst = burst
    }

    /// 8 requests in flight, no rate limit.
    public static let `default` = IIQPacing()

    var isValid: Bool {
        maximumInFlight >= 1 && burst >= 1 && (requestsPerSecond.map { $0.isFinite && $0 > 0 } ?? true)
    }
}
