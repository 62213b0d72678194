import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

/// Values most tests share.
enum Fixture {
    static let siteID = IIQTestToken.defaultSiteID
    static let baseURL = "https://demo.incidentiq.com/api/v1.0"

    /// A valid token for the default site and tenant, good for an hour.
    static var token: String { IIQTestToken.make() }

    /// A client over `transport`, with a valid token. Retries are off unless a policy is given, so a
    /// scripted failure is seen exactly once; `clock` replaces real sleeping.
    static func client(
        _ transport: any IIQTransport, product: IIQProduct? = nil, logHandler: IIQLogHandler? = nil,
        token: String? = nil,
        retryPolicy: IIQRetryPolicy = .never, clock: VirtualClock = VirtualClock()
    ) throws -> IIQClient {
        var configuration = try IIQConfiguration(token: token ?? Self.token, product: product)
        configuration.logHandler = logHandler
        configuration.retryPolicy = retryPolicy
        return try IIQClient(configuration: configuration, transport: transport, retryEnvironment: clock.environment)
    }

    /// Reads a fixture file from `Tests/IncidentIQTests/Fixtures`.
    static func data(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    /// The JSON body of a request, parsed.
    static func jsonBody(_ request: IIQHTTPRequest?) throws -> [String: Any] {
        let body = try #require(request?.body)
        return try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
    }
}

/// Collects log records from any task.
final class LogCollector: Sendable {
    private let storage = Locked<[IIQLogRecord]>([])
    var records: [IIQLogRecord] { storage.value }
    var handler: IIQLogHandler { { record in self.storage.mutate { $0.append(record) } } }
}

/// A tiny lock box for test state.
final class Locked<Value: Sendable>: Sendable {
    private let lock = NSLock()
    nonisolated(unsafe) private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func mutate<R>(_ body: (inout Value) -> R) -> R { lock.withLock { body(&stored) } }
}

/// Runs `body` and returns the `IIQError` it threw; records a test failure if it threw nothing else.
func captureError<T>(_ body: () async throws -> T, sourceLocation: SourceLocation = #_sourceLocation) async -> IIQError?
{
    do {
        _ = try await body()
        Issue.record("expected an IIQError, got success", sourceLocation: sourceLocation)
    } catch let error as IIQError {
        return error
    } catch {
        Issue.record("expected an IIQError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// A clock that only moves when the code under test sleeps: retries are exact and instant.
final class VirtualClock: Sendable {
    private let state: Locked<(now: ContinuousClock.Instant, sleeps: [Duration])>
    private let jitter: Double

    init(jitter: Double = 1) {
        state = Locked((ContinuousClock.now, []))
        self.jitter = jitter
    }

    /// Every sleep the code asked for, in order.
    var sleeps: [Duration] { state.value.sleeps }
    var now: ContinuousClock.Instant { state.value.now }

    /// The client's clock, sleep and jitter; time limits are off, since this time moves only on sleeps.
    var environment: RetryEnvironment {
        RetryEnvironment(
            now: { self.state.value.now },
            sleep: { duration in
                try Task.checkCancellation()
                self.state.mutate {
                    $0.now += duration
                    $0.sleeps.append(duration)
                }
            },
            random: { self.jitter }, enforcesTimeLimits: false)
    }
}
