import Synchronization

/// Coordinated backoff: a 429 pauses every request of the client until the `Retry-After` instant,
/// not only the call that got it, because parallel pages would otherwise all hit the limit.
final class RateLimitGate: Sendable {
    private let resumeAt = Mutex<ContinuousClock.Instant?>(nil)

    /// Pauses new requests until `instant`, unless a later pause is already set.
    func pause(until instant: ContinuousClock.Instant) {
        resumeAt.withLock { current in
            if let current, current >= instant { return }
            current = instant
        }
    }

    /// How long a request must wait before it is sent; zero when there is no pause.
    func wait(at now: ContinuousClock.Instant) -> Duration {
        resumeAt.withLock { current in
            guard let instant = current else { return .zero }
            if instant <= now {
                current = nil
                return .zero
            }
            return instant - now
        }
    }
}
