import Foundation
import IIQAsyncHTTPClientTransport
import IncidentIQ
import IncidentIQTesting
import Synchronization
import Testing

/// The transport-level scenarios of issue 13, run over real loopback HTTP against every shipped
/// transport with the same expectations: a real ``IIQClient`` talks to a ``FaultServer`` that
/// plays a hostile or broken server.
///
/// The scenarios run one at a time: several of them measure time to 100 ms or peak memory, which
/// other scenarios running beside them on a 2-core machine would blur. Each is bounded by a time
/// limit, and no scenario waits more than about 2 s on purpose.
@Suite("Transport scenarios over real HTTP", .serialized, .timeLimit(.minutes(1)))
struct TransportScenarios {}

/// A transport the scenarios run against.
enum TransportKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case urlSession = "URLSessionTransport"
    case asyncHTTPClient = "IIQAsyncHTTPClientTransport"

    var testDescription: String { rawValue }

    /// A new transport of this kind, and what ends it.
    func make(maximumResponseSize: Int = 32 << 20) -> (
        transport: any IIQTransport, shutdown: @Sendable () async -> Void
    ) {
        switch self {
        case .urlSession:
            return (URLSessionTransport(configuration: .init(maximumResponseSize: maximumResponseSize)), {})
        case .asyncHTTPClient:
            let transport = IIQAsyncHTTPClientTransport(configuration: .init(maximumResponseSize: maximumResponseSize))
            return (transport, { try? await transport.shutdown() })
        }
    }
}

/// Collects the client's log records.
final class LogSink: Sendable {
    private let records = Mutex<[IIQLogRecord]>([])

    var all: [IIQLogRecord] { records.withLock { $0 } }

    func handler() -> IIQLogHandler {
        { record in self.records.withLock { $0.append(record) } }
    }
}

/// What a scenario works with: the server, a client over the transport under test, its token and logs.
struct Scenario: Sendable {
    let server: FaultServer
    let client: IIQClient
    let token: String
    let logs: LogSink
    let transport: any IIQTransport
}

/// Runs `body` with a fault server and a client over `kind`, and tears both down afterwards.
///
/// - Parameters:
///   - configure: Changes the client's configuration; retries are off unless it turns them on.
func withScenario<Result>(
    _ kind: TransportKind, maximumResponseSize: Int = 32 << 20,
    configure: (inout IIQConfiguration) -> Void = { _ in },
    _ body: (Scenario) async throws -> Result
) async throws -> Result {
    try await withFaultServer { server in
        let token = server.sandbox.issueToken()
        var configuration = try IIQConfiguration(token: token, allowsInsecureLoopback: true)
        configuration.retryPolicy = .never
        let logs = LogSink()
        configuration.logHandler = logs.handler()
        configure(&configuration)
        let (transport, shutdown) = kind.make(maximumResponseSize: maximumResponseSize)
        do {
            let client = try IIQClient(configuration: configuration, transport: transport)
            let result = try await body(
                Scenario(server: server, client: client, token: token, logs: logs, transport: transport))
            await shutdown()
            return result
        } catch {
            await shutdown()
            throw error
        }
    }
}

/// Measures how long `body` takes.
func timed<Result>(_ body: () async throws -> Result) async rethrows -> (Result, Duration) {
    let start = ContinuousClock.now
    let result = try await body()
    return (result, ContinuousClock.now - start)
}

extension Duration {
    /// Milliseconds, for messages.
    var milliseconds: Int64 { components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000 }
}
