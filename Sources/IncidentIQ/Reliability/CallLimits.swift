/// The two time bounds of one call, and the errors they end it with.
///
/// - The deadline bounds the whole call: every attempt, every sleep, every wait for a slot.
/// - The timeout bounds one attempt, redirects included, from its first byte sent to its last
///   byte received. It is a total, not an idle timer: a server that drips bytes cannot stretch it.
struct CallLimits: Sendable {
    /// When the call started, on the client's clock.
    let start: ContinuousClock.Instant
    /// The call's whole budget.
    let deadline: Duration
    /// One attempt's budget.
    let timeout: Duration
    /// What was called, for the errors.
    let operation: IIQOperation
    /// Scrubs the path of the errors: a raw call's path segments are the caller's text.
    let redactor: Redactor

    /// What errors say was called; built only for an error, since it percent-encodes the path.
    var summary: IIQRequestSummary { operation.summary(scrubbedBy: redactor) }

    /// The instant past which nothing more is done.
    var end: ContinuousClock.Instant { start + deadline }

    /// The shortest bound the SDK's timer can honour to within its promise.
    static let minimum: Duration = .milliseconds(10)
    /// The longest timeout accepted. URLSessionTransport's backstop idle timer is capped at a day,
    /// because FoundationNetworking turns the timeout into an `Int` of milliseconds and overflows on
    /// huge values; a longer timeout could not be honoured. A deadline has no upper bound.
    static let maximumTimeout: Duration = .seconds(86_400)

    /// Refuses a timeout or deadline that cannot be honoured, before anything is sent.
    static func check(timeout: Duration, deadline: Duration) throws(IIQError) {
        for (value, field) in [(timeout, IIQConfigurationIssue.Field.timeout), (deadline, .deadline)] {
            guard value > .zero else { throw .invalidConfiguration(IIQConfigurationIssue(field, .notPositive)) }
            guard value >= minimum, field == .deadline || value <= maximumTimeout else {
                throw .invalidConfiguration(IIQConfigurationIssue(field, .outOfRange))
            }
        }
    }

    /// Which bound ends an attempt.
    enum Bound {
        case timeout
        case deadline
    }

    /// How long the attempt that starts at `now` may take, and which bound that is.
    func attemptLimit(at now: ContinuousClock.Instant) -> (Duration, Bound) {
        let remaining = end - now
        return remaining < timeout ? (remaining, .deadline) : (timeout, .timeout)
    }

    /// The error an attempt ends with when `bound` passes. Built only then: formatting costs microseconds.
    func error(for bound: Bound) -> IIQError {
        bound == .deadline ? expired : timedOut
    }

    /// The call passed its deadline.
    var expired: IIQError {
        .transport(
            IIQTransportFailure(
                request: summary, kind: .timedOut,
                underlying: "the call's deadline of \(IIQError.seconds(deadline)) passed before it finished."
                    + " Raise the deadline (IIQConfiguration.deadline or IIQRequestOptions.deadline) for slow calls"))
    }

    /// One attempt ran out of time.
    var timedOut: IIQError {
        .transport(
            IIQTransportFailure(
                request: summary, kind: .timedOut,
                underlying: "no complete response within the timeout of \(IIQError.seconds(timeout))."
                    + " The tenant or a proxy is slow; raise IIQConfiguration.timeout or ask for smaller pages"))
    }
}
