import Foundation
import IIQSandboxServer
import IncidentIQ
import IncidentIQTesting
import Logging
import Testing

/// A sandbox server on an ephemeral loopback port, for one test.
struct ServerHarness {
    let sandbox: IIQSandbox
    private let task: Task<Void, any Error>

    /// Starts a server for `district` on `host` and waits until it serves.
    static func start(
        _ district: IIQSandboxDistrict = IIQSandboxDistrict(seed: 3, assets: 400), host: String = "127.0.0.1",
        latency: IIQSandboxLatency = .none, requestLogger: Logger? = nil
    ) async throws -> ServerHarness {
        let (stream, continuation) = AsyncStream<IIQSandbox>.makeStream()
        var server = SandboxServer(district: district, port: 0, host: host, latency: latency)
        if let requestLogger { server.requestLogger = requestLogger }
        let task = Task { [server] in
            try await server.run { sandbox in
                continuation.yield(sandbox)
            }
        }
        var iterator = stream.makeAsyncIterator()
        guard let sandbox = await iterator.next() else {
            task.cancel()
            throw HarnessError.serverDidNotStart
        }
        return ServerHarness(sandbox: sandbox, task: task)
    }

    /// Stops the server.
    func stop() async {
        task.cancel()
        _ = await task.result
    }

    /// A client that reaches the server through the real `URLSessionTransport`.
    func client(
        token: String? = nil, retryPolicy: IIQRetryPolicy = .never, timeout: Duration? = nil
    ) throws -> IIQClient {
        var configuration = try IIQConfiguration(token: token ?? sandbox.issueToken(), allowsInsecureLoopback: true)
        configuration.retryPolicy = retryPolicy
        if let timeout { configuration.timeout = timeout }
        return try IIQClient(configuration: configuration)
    }

    /// The environment `iiq` needs to reach this server.
    func environment(token: String) -> [String: String] {
        [
            "IIQ_API_TOKEN": token, "IIQ_BASE_URL": sandbox.baseURL.absoluteString, "IIQ_ALLOW_INSECURE_LOOPBACK": "1",
        ]
    }

    enum HarnessError: Error { case serverDidNotStart }
}

/// Runs `body` with a started server and stops it afterwards, even when `body` throws.
func withServer(
    _ district: IIQSandboxDistrict = IIQSandboxDistrict(seed: 3, assets: 400), host: String = "127.0.0.1",
    latency: IIQSandboxLatency = .none, _ body: (ServerHarness) async throws -> Void
) async throws {
    let harness = try await ServerHarness.start(district, host: host, latency: latency)
    do {
        try await body(harness)
    } catch {
        await harness.stop()
        throw error
    }
    await harness.stop()
}

/// Runs `body` and returns the `IIQError` it threw, or records a failure.
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
