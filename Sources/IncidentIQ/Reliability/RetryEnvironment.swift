/// The clock, sleep and randomness retries use. Injected so tests are exact and instant.
struct RetryEnvironment: Sendable {
    /// The current instant.
    var now: @Sendable () -> ContinuousClock.Instant
    /// Sleeps for a duration; throws when the task is cancelled.
    var sleep: @Sendable (Duration) async throws -> Void
    /// A number in [0, 1) for jitter.
    var random: @Sendable () -> Double
    /// Whether attempts run under ``TimeLimit``'s real-time timer. A test clock whose time moves only
    /// when the code sleeps turns it off: a real timer measured against virtual time means nothing.
    var enforcesTimeLimits = true

    static let live = RetryEnvironment(
        now: { ContinuousClock.now },
        sleep: { duration in try await Task.sleep(for: duration) },
        random: { Double.random(in: 0..<1) })
}
