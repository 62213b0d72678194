import Synchronization

/// A token bucket shared by every call of one client, so that a dead server is not hammered by many
/// callers retrying at once (after AWS's retry quota). A retry costs 5 tokens, a retried timeout 10,
/// and a success refunds 1, up to the capacity of 500. An empty bucket fails fast with the last error.
final class RetryBudget: Sendable {
    static let capacity = 500
    static let retryCost = 5
    static let timeoutRetryCost = 10
    static let successRefund = 1

    private let tokens = Mutex(RetryBudget.capacity)

    /// Takes the cost of one retry of `error`; `false` when the bucket cannot pay it.
    func withdraw(for error: IIQError) -> Bool {
        let cost: Int
        if case .transport(let failure) = error.detail, failure.kind == .timedOut {
            cost = Self.timeoutRetryCost
        } else {
            cost = Self.retryCost
        }
        return tokens.withLock { tokens in
            guard tokens >= cost else { return false }
            tokens -= cost
            return true
        }
    }

    /// Refunds a success.
    func refund() {
        tokens.withLock { $0 = Swift.min($0 + Self.successRefund, Self.capacity) }
    }

    var available: Int { tokens.withLock { $0 } }
}
