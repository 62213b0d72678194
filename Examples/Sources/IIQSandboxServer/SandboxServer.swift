import Foundation
import Hummingbird
import IncidentIQ
import IncidentIQTesting
import Logging
import Synchronization

/// Serves an ``IIQSandbox`` over real HTTP on loopback (127.0.0.1 by default), so any client can use it: curl, Python,
/// the SDK with its loopback opt-in, or `iiq` itself through `IIQ_BASE_URL`.
///
/// ```swift
/// let server = SandboxServer(district: IIQSandboxDistrict(seed: 1, assets: 5_000), port: 8080)
/// try await server.run { sandbox in print("Serving \(sandbox.baseURL)") }
/// ```
///
/// The sandbox is built once the port is bound, so that its tokens name the real origin
/// (`http://127.0.0.1:PORT`) even when port 0 asks for an ephemeral one.
public struct SandboxServer: Sendable {
    /// The district to serve.
    public var district: IIQSandboxDistrict
    /// The port to listen on; 0 picks a free one.
    public var port: Int
    /// The loopback address to listen on: `127.0.0.1` unless a test needs a second host, such as
    /// `127.0.0.2` (Linux answers on all of 127.0.0.0/8).
    public var host: String
    /// The largest request body accepted.
    public var maximumRequestBytes = 8 << 20
    /// How long each answer takes, as a real tenant's does; none by default. The wait suspends the
    /// request, so other requests are answered meanwhile.
    public var latency: IIQSandboxLatency
    /// Where the server logs one line per request at `info`: method, path, status and duration, such as
    /// `POST /api/v1.0/assets?$s=2 200 1.2ms`. Headers, and so tokens, are never logged; query values
    /// that could hold a secret are redacted. Silent by default.
    public var requestLogger: Logger

    /// A server for `district` on `port` of `host`, answering after `latency`, logging requests to `requestLogger`.
    public init(
        district: IIQSandboxDistrict, port: Int, host: String = "127.0.0.1", latency: IIQSandboxLatency = .none,
        requestLogger: Logger = Logger(label: "iiq-sandbox", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.district = district
        self.port = port
        self.host = host
        self.latency = latency
        self.requestLogger = requestLogger
    }

    /// Runs until the task is cancelled, calling `onReady` with the sandbox once it is serving.
    public func run(onReady: @escaping @Sendable (IIQSandbox) async -> Void) async throws {
        let box = Mutex<IIQSandbox?>(nil)
        let district = self.district
        let limit = maximumRequestBytes
        let host = self.host
        let latency = self.latency
        let logger = requestLogger
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            let start = ContinuousClock.now
            let response: Response
            do {
                if let sandbox = box.withLock({ $0 }) {
                    response = try await SandboxBridge.respond(to: request, with: sandbox, limit: limit)
                } else {
                    response = Response(status: .serviceUnavailable, headers: [.retryAfter: "1"])
                }
            } catch {
                RequestLog.log(request, status: nil, since: start, to: logger)
                throw error
            }
            RequestLog.log(request, status: response.status.code, since: start, to: logger)
            return response
        }
        let application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "iiq-sandbox"),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? 0
                let tenant = URL(string: "http://\(host):\(bound)") ?? URL(fileURLWithPath: "/")
                let sandbox = IIQSandbox(district: district, tenant: tenant)
                sandbox.latency = latency
                box.withLock { $0 = sandbox }
                await onReady(sandbox)
            },
            logger: Logger(label: "iiq-sandbox", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        try await application.run()
    }
}
