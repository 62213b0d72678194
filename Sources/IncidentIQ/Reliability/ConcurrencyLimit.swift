/// The control law that sets how many requests of one walk may be on the wire at once.
///
/// It is additive increase, multiplicative decrease (AIMD, the law of TCP's congestion control,
/// RFC 5681), driven by two kinds of signal: the server saying it is overloaded, and latency that
/// rises as requests start to queue (the idea behind delay-gradient limiters such as Netflix's
/// concurrency-limits `Gradient2`). The limit `L` is a real number in `[1, M]`, where `M` is the
/// walk's configured page concurrency; `⌊L⌋` requests may be on the wire.
///
/// **Start.** `L₀ = max(min(M, 2), M / 2)`: 4 of the default 8. Two is what the SDK's prefetch always
/// had in flight, so a walk never starts harder than half its bound.
///
/// **Increase, while latency holds.** Each response whose latency holds adds to `L`, but only while
/// the walk actually uses at least half of it (a walk held back by a slow consumer does not inflate
/// a limit it is not testing):
/// - in slow start, `L += 1`: the limit doubles every round trip, from 4 to 8 in one;
/// - after the first decrease, `L += 1 / L`: one more request per round trip (congestion avoidance).
///
/// **Decrease, multiplicatively.**
/// - A 429, a 503 or an attempt that timed out: `L = max(1, L × 0.5)`, and slow start ends.
/// - Latency rising: `L = max(1, L × max(0.5, g))` with the gradient `g = tolerance × baseline / recent`,
///   when `recent > tolerance × baseline` and `recent − baseline > latencyFloor`. The further latency
///   has risen, the deeper the cut, never more than half.
/// - At most one decrease per round trip: only an attempt that started after the last decrease can
///   cause the next one. The requests already on the wire were sent under the old limit, and a
///   burst of 429s they all receive is one signal, not eight (TCP's "once per window" rule).
///
/// **Latency.** `recent` is a short moving average (weight 1/2) of the latency of successful
/// attempts, from the first byte sent to the last byte received; `baseline` is the latency of a
/// lightly loaded server. It follows a drop quickly (weight 1/2), and learns a rise slowly (weight
/// 1/16) and only from attempts that ended with at most ``Settings/lightLoad`` (2) of the walk's
/// requests on the wire. Were it to learn from every attempt, a walk that keeps a server busy
/// would teach it the loaded latency, page by page, and the law would ramp up into the queue it
/// should back away from. A server that really got slower still teaches it: the law cuts down to
/// the light load, and the attempts made there raise the baseline until the limit can grow again.
/// `tolerance` is 2: a page may take twice as long as on a lightly loaded server before the walk
/// slows down, and `latencyFloor` of 50 ms keeps jitter and the short queues of a fast network
/// from counting as a rise: on loopback, pages that take 15 ms alone take 30-60 ms while the
/// client's own threads decode on every core, which says nothing about the server's load.
///
/// The law only limits one walk. The client's ``IIQPacing`` still bounds every request of the client,
/// and a 429's `Retry-After` still pauses all of them (``RateLimitGate``).
struct ConcurrencyLimit: Sendable {
    /// What an attempt told the law.
    enum Signal: Sendable, Equatable {
        /// A response arrived, after this much time on the wire.
        case responded(latency: Duration)
        /// The server said it is overloaded (429, 503) or the attempt timed out.
        case congested
        /// Any other failure, or a cancellation: it says nothing about load.
        case neutral
    }

    /// The tunable constants of the law.
    struct Settings: Sendable, Equatable {
        var decrease = 0.5
        var tolerance = 2.0
        var latencyFloor: Duration = .milliseconds(50)
        var recentWeight = 0.5
        var baselineWeight = 1.0 / 16
        /// The most requests on the wire at which an attempt's latency may raise the baseline.
        var lightLoad = 2
        /// Whether latency moves the limit at all; congestion signals always do.
        var followsLatency = true

        static let standard = Settings()
    }

    /// The configured bound, `M`.
    let maximum: Double
    let settings: Settings
    /// The current limit, `L`.
    private(set) var limit: Double
    /// Whether the limit still doubles every round trip.
    private(set) var isInSlowStart = true
    /// The long average of latency, in seconds.
    private(set) var baseline: Double?
    /// The short average of latency, in seconds.
    private(set) var recent: Double?
    /// Attempts numbered before this one started before the last decrease and cannot cause another.
    private var recoveryMark: UInt64 = 0

    init(maximum: Int, settings: Settings = .standard) {
        let maximum = Double(Swift.max(maximum, 1))
        self.maximum = maximum
        self.settings = settings
        self.limit = Swift.max(Swift.min(maximum, 2), (maximum / 2).rounded(.down))
    }

    /// How many requests may be on the wire now.
    var permits: Int { Swift.max(Int(limit), 1) }

    /// Takes what attempt number `sequence` told, with `inFlight` attempts on the wire when it ended
    /// (itself included). `nextSequence` is the number the next attempt to start will get.
    mutating func record(_ signal: Signal, sequence: UInt64, inFlight: Int, nextSequence: UInt64) {
        switch signal {
        case .neutral:
            return
        case .congested:
            decrease(by: settings.decrease, sequence: sequence, nextSequence: nextSequence)
        case .responded(let latency):
            let sample = Swift.max(latency.seconds, 0)
            let recent = self.recent.map { $0 + (sample - $0) * settings.recentWeight } ?? sample
            let baseline =
                self.baseline.map { base in
                    if sample < base { return base + (sample - base) * 0.5 }
                    guard inFlight <= settings.lightLoad else { return base }
                    return base + (sample - base) * settings.baselineWeight
                } ?? sample
            self.recent = recent
            self.baseline = baseline
            let floor = settings.latencyFloor.seconds
            if settings.followsLatency, recent > settings.tolerance * baseline, recent - baseline > floor {
                let gradient = settings.tolerance * baseline / recent
                decrease(by: Swift.max(settings.decrease, gradient), sequence: sequence, nextSequence: nextSequence)
            } else if Double(inFlight) * 2 >= limit {
                limit = Swift.min(maximum, limit + (isInSlowStart ? 1 : 1 / limit))
            }
        }
    }

    private mutating func decrease(by factor: Double, sequence: UInt64, nextSequence: UInt64) {
        guard sequence >= recoveryMark else { return }
        limit = Swift.max(1, limit * factor)
        isInSlowStart = false
        recoveryMark = nextSequence
    }
}
