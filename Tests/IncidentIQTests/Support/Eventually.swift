import Foundation

/// Waits until `condition` holds, checking every few milliseconds, for at most `timeout`; returns
/// whether it held. For asserting that something happens in the background without a fixed sleep
/// that a loaded CI machine can outrun.
func eventually(within timeout: Duration = .seconds(10), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while !condition() {
        guard ContinuousClock.now < deadline else { return false }
        try? await Task.sleep(for: .milliseconds(5))
    }
    return true
}
