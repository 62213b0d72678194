import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

/// The control law of a walk's concurrency, step by step.
@Suite("Adaptive concurrency: the control law")
struct ConcurrencyLimitTests {
    /// Feeds one signal per attempt, numbering attempts as the gate does.
    struct Driver {
        var law: ConcurrencyLimit
        var sequence: UInt64 = 0

        init(maximum: Int) { law = ConcurrencyLimit(maximum: maximum) }

        /// An attempt that started now and ended with `signal`, with `inFlight` on the wire.
        mutating func attempt(_ signal: ConcurrencyLimit.Signal, inFlight: Int? = nil) {
            let started = sequence
            sequence += 1
            law.record(signal, sequence: started, inFlight: inFlight ?? law.permits, nextSequence: sequence)
        }
    }

    @Test(
        "It starts at half the bound, never below 2 (the old prefetch) nor above the bound",
        arguments: [
            (1, 1), (2, 2), (3, 2), (4, 2), (8, 4), (9, 4), (16, 8),
        ])
    func start(maximum: Int, expected: Int) {
        #expect(ConcurrencyLimit(maximum: maximum).permits == expected)
    }

    @Test("While latency holds it doubles every round trip, up to the bound and no further")
    func slowStart() {
        var driver = Driver(maximum: 8)
        for _ in 0..<4 { driver.attempt(.responded(latency: .milliseconds(150))) }
        #expect(driver.law.permits == 8)
        for _ in 0..<20 { driver.attempt(.responded(latency: .milliseconds(150))) }
        #expect(driver.law.permits == 8)
        #expect(driver.law.isInSlowStart)
    }

    @Test("A walk that uses less than half its limit does not raise it")
    func underUsed() {
        var driver = Driver(maximum: 8)
        for _ in 0..<10 { driver.attempt(.responded(latency: .milliseconds(150)), inFlight: 1) }
        #expect(driver.law.permits == 4)
    }

    @Test("A 429 or 503 halves the limit once per round trip; then it grows by one per round trip")
    func congestion() {
        var driver = Driver(maximum: 8)
        for _ in 0..<4 { driver.attempt(.responded(latency: .milliseconds(100))) }
        #expect(driver.law.permits == 8)
        // Eight attempts go out under a limit of 8, and all eight get a 429: one signal, one cut.
        let firstOfBurst = driver.sequence
        driver.sequence += 8
        for offset in 0..<8 {
            driver.law.record(
                .congested, sequence: firstOfBurst + UInt64(offset), inFlight: 8, nextSequence: driver.sequence)
        }
        #expect(driver.law.permits == 4)
        #expect(!driver.law.isInSlowStart)
        // An attempt sent after the cut that is refused too cuts again.
        driver.attempt(.congested)
        #expect(driver.law.permits == 2)
        // Additive increase: about one more per limit's worth of responses.
        for _ in 0..<2 { driver.attempt(.responded(latency: .milliseconds(100))) }
        #expect(driver.law.permits == 2)
        for _ in 0..<2 { driver.attempt(.responded(latency: .milliseconds(100))) }
        #expect(driver.law.permits == 3)
        // Never below one.
        for _ in 0..<10 { driver.attempt(.congested) }
        #expect(driver.law.permits == 1)
        #expect(driver.law.limit >= 1)
    }

    @Test("Other failures say nothing about load")
    func neutral() {
        var driver = Driver(maximum: 8)
        for _ in 0..<10 { driver.attempt(.neutral) }
        #expect(driver.law.permits == 4)
        #expect(driver.law.isInSlowStart)
    }

    @Test("Latency that more than doubles cuts the limit by the gradient, at most by half")
    func risingLatency() {
        var driver = Driver(maximum: 8)
        for _ in 0..<4 { driver.attempt(.responded(latency: .milliseconds(200))) }
        #expect(driver.law.permits == 8)
        // Latency jumps to 1 s: the short average passes twice the baseline within a few responses.
        var cuts = 0
        var previous = driver.law.limit
        for _ in 0..<6 {
            driver.attempt(.responded(latency: .seconds(1)))
            if driver.law.limit < previous { cuts += 1 }
            #expect(driver.law.limit >= previous * 0.5)
            previous = driver.law.limit
        }
        #expect(cuts >= 1)
        #expect(driver.law.permits < 8)
        #expect(!driver.law.isInSlowStart)
    }

    @Test("A walk that keeps the server busy does not teach the baseline the loaded latency")
    func sustainedLoad() {
        // A server with no spare capacity: each request on the wire adds 40 ms to every other's
        // latency, so more requests in flight only queue.
        var driver = Driver(maximum: 8)
        driver.attempt(.responded(latency: .milliseconds(40)), inFlight: 1)
        for _ in 0..<200 {
            let inFlight = driver.law.permits
            driver.attempt(.responded(latency: .milliseconds(40 * Int64(inFlight))), inFlight: inFlight)
        }
        // Latency doubles at two in flight: the law stays at the knee, not at the bound.
        #expect(driver.law.permits <= 3)
        // It learns at most the latency of the light load (two in flight), never the queue's.
        #expect((driver.law.baseline ?? 1) <= 0.08)
    }

    @Test("A server that really got slower raises the baseline, and the limit grows back")
    func slowerServer() {
        var driver = Driver(maximum: 8)
        for _ in 0..<20 { driver.attempt(.responded(latency: .milliseconds(100))) }
        #expect(driver.law.permits == 8)
        // From now on every page takes 400 ms, however many are on the wire.
        var lowest = driver.law.permits
        for _ in 0..<300 {
            driver.attempt(.responded(latency: .milliseconds(400)))
            lowest = min(lowest, driver.law.permits)
        }
        #expect(lowest <= 2)
        #expect(driver.law.permits == 8)
        #expect((driver.law.baseline ?? 0) > 0.2)
    }

    @Test("Jitter of a few milliseconds on a fast network is not a rise")
    func jitter() {
        var driver = Driver(maximum: 8)
        for index in 0..<40 {
            driver.attempt(.responded(latency: .milliseconds(index.isMultiple(of: 2) ? 2 : 12)))
        }
        #expect(driver.law.permits == 8)
        #expect(driver.law.isInSlowStart)
    }

    @Test("On a fast network, tens of milliseconds more are not a rise")
    func fastNetworkQueue() {
        var driver = Driver(maximum: 8)
        driver.attempt(.responded(latency: .milliseconds(15)), inFlight: 1)
        // Four times the light-load latency, but 45 ms more: the client's own queue, not the server's.
        for _ in 0..<40 { driver.attempt(.responded(latency: .milliseconds(60))) }
        // Never cut: still in slow start, at the bound.
        #expect(driver.law.isInSlowStart)
        #expect(driver.law.permits == 8)
        // A rise of a page's worth of server time still is.
        for _ in 0..<10 { driver.attempt(.responded(latency: .milliseconds(200))) }
        #expect(driver.law.permits < 8)
    }

    @Test("With latency ignored, only congestion moves the limit down")
    func latencyIgnored() {
        var settings = ConcurrencyLimit.Settings.standard
        settings.followsLatency = false
        var law = ConcurrencyLimit(maximum: 8, settings: settings)
        for sequence in 0..<10 {
            law.record(
                .responded(latency: .seconds(Int64(sequence + 1))), sequence: UInt64(sequence), inFlight: 8,
                nextSequence: UInt64(sequence + 1))
        }
        #expect(law.permits == 8)
    }
}

/// The gate that holds a walk's slots.
@Suite("Adaptive concurrency: the gate")
struct ConcurrencyGateTests {
    @Test("A freed slot goes to the waiting attempt for the earliest page")
    func priority() async throws {
        // One slot: each waiter records itself before it frees the slot for the next, so the
        // order recorded is the order the slot was handed out.
        let gate = ConcurrencyGate(maximum: 1)
        let held = try await gate.acquire(priority: 0)
        let order = Locked<[Int]>([])
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (queued, page) in [7, 5, 6].enumerated() {
                group.addTask {
                    let ticket = try await gate.acquire(priority: page)
                    order.mutate { $0.append(page) }
                    gate.release(ticket, with: .neutral)
                }
                // Each waiter is queued before the next is added.
                #expect(await eventually { gate.waiting == queued + 1 })
            }
            gate.release(held, with: .neutral)
            try await group.waitForAll()
        }
        #expect(order.value == [5, 6, 7])
    }

    @Test("Waiting ends at once on cancellation and at the deadline")
    func cancellationAndDeadline() async throws {
        let gate = ConcurrencyGate(maximum: 1)
        let held = try await gate.acquire(priority: 0)
        let waiter = Task { try await gate.acquire(priority: 1) }
        #expect(await eventually { gate.waiting == 1 })
        waiter.cancel()
        await #expect(throws: CancellationError.self) { _ = try await waiter.value }
        #expect(gate.waiting == 0)
        await #expect(throws: ConcurrencyGate.Expired.self) {
            _ = try await gate.acquire(priority: 1, before: .now + .milliseconds(20))
        }
        #expect(gate.waiting == 0)
        gate.release(held, with: .neutral)
        gate.release(try await gate.acquire(priority: 0), with: .neutral)
    }
}
