import Foundation
import Hummingbird
import IncidentIQ
import IncidentIQTesting
import Logging
import NIOCore
import Synchronization

/// A loopback HTTP server that plays a hostile or broken IIQ, one scripted answer per request.
///
/// Requests take the scripted answers in order; once the script is used up, the in-process
/// ``IIQSandbox`` answers, as a real tenant would. Every request is recorded (method, URI,
/// headers, body bytes), so a test can tell what reached the wire, and that another host got
/// nothing. Every answer that waits (a stall, a drip) ends when the server stops, so no test
/// waits on a handler.
final class FaultServer: Sendable {
    /// One scripted answer.
    enum Answer: Sendable {
        /// A 3xx with this exact `Location` value, and a small JSON body.
        case redirect(status: Int, location: String)
        /// A 3xx back to the URI just requested, as a path (`/api/...`) or an absolute URL.
        case redirectBack(status: Int, absolute: Bool)
        /// The sandbox's answer, gzip-encoded (stored blocks), with `Content-Encoding: gzip`.
        case gzippedSandboxAnswer
        /// No answer at all, until the server stops.
        case stall
        /// 200 and its headers at once, then `body` one byte every `interval`.
        case drip(body: Data, every: Duration)
        /// Exactly these bytes with these headers (Hummingbird adds `Content-Length`, `Date` and `Server`).
        case raw(status: Int, headers: [(String, String)], body: Data)
        /// A plain 200 of `size` bytes in 64 KiB chunks, with no `Content-Length` (chunked).
        case chunked(size: Int)
    }

    /// A request as the server received it.
    struct Received: Sendable {
        var method: String
        var uri: String
        var headers: [(name: String, value: String)]
        var body: Data

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    private struct State {
        var script: [Answer] = []
        var received: [Received] = []
        var stopping = false
    }

    let sandbox: IIQSandbox
    let origin: URL
    private let state: Mutex<State>
    private let task: Task<Void, any Error>

    private init(sandbox: IIQSandbox, origin: URL, task: Task<Void, any Error>) {
        self.sandbox = sandbox
        self.origin = origin
        self.state = Mutex(State())
        self.task = task
    }

    /// The SDK's base URL on this server.
    var baseURL: URL { origin.appending(path: "api/v1.0") }
    /// The port it listens on.
    var port: Int { origin.port ?? 0 }
    /// Every request so far, in order.
    var received: [Received] { state.withLock { $0.received } }

    /// Queues answers for the next requests.
    func script(_ answers: Answer...) { state.withLock { $0.script.append(contentsOf: answers) } }

    /// Starts a server on an ephemeral port of `host`, serving `district` after the script.
    static func start(
        host: String = "127.0.0.1", district: IIQSandboxDistrict = IIQSandboxDistrict(seed: 5, assets: 30)
    ) async throws -> FaultServer {
        let box = StateBox()
        let (ready, readyContinuation) = AsyncStream<(IIQSandbox, URL)>.makeStream()
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            guard let server = box.server.withLock({ $0 }) else {
                return Response(status: .serviceUnavailable)
            }
            return try await server.respond(to: request)
        }
        let application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: 0), serverName: "iiq-fault"),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? 0
                let origin = URL(string: "http://\(host):\(bound)") ?? URL(fileURLWithPath: "/")
                readyContinuation.yield((IIQSandbox(district: district, tenant: origin), origin))
            },
            logger: Logger(label: "iiq-fault", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let task = Task { try await application.run() }
        var iterator = ready.makeAsyncIterator()
        guard let (sandbox, origin) = await iterator.next() else {
            task.cancel()
            throw ServerHarness.HarnessError.serverDidNotStart
        }
        let server = FaultServer(sandbox: sandbox, origin: origin, task: task)
        box.server.withLock { $0 = server }
        return server
    }

    /// Ends every waiting answer and stops the server.
    func stop() async {
        state.withLock { $0.stopping = true }
        task.cancel()
        _ = await task.result
    }

    private var isStopping: Bool { state.withLock { $0.stopping } }

    /// Sleeps for `duration` in short steps; false once the server is stopping.
    private func pause(_ duration: Duration) async -> Bool {
        let end = ContinuousClock.now + duration
        while ContinuousClock.now < end {
            if isStopping || Task.isCancelled { return false }
            try? await Task.sleep(for: Swift.min(.milliseconds(20), end - ContinuousClock.now))
        }
        return !isStopping
    }

    private func respond(to request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: 16 << 20)
        let received = Received(
            method: request.method.rawValue, uri: request.uri.string,
            headers: request.headers.map { ($0.name.rawName, $0.value) }, body: Data(buffer: body))
        let answer = state.withLock { state -> Answer? in
            state.received.append(received)
            return state.script.isEmpty ? nil : state.script.removeFirst()
        }
        guard let answer else { return try await sandboxAnswer(to: received) }
        switch answer {
        case .redirect(let status, let location):
            return Response(
                status: HTTPResponse.Status(code: status),
                headers: Self.fields([("Location", location), ("Content-Type", "application/json")]),
                body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"Message":"moved"}"#)))
        case .redirectBack(let status, let absolute):
            let location = absolute ? origin.absoluteString + received.uri : received.uri
            return Response(
                status: HTTPResponse.Status(code: status),
                headers: Self.fields([("Location", location), ("Content-Type", "application/json")]),
                body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"Message":"moved"}"#)))
        case .gzippedSandboxAnswer:
            let answer = try await sandboxResponse(to: received)
            let headers = answer.headers.fields.filter { $0.name.lowercased() != "content-length" }
                .map { ($0.name, $0.value) }
            return Response(
                status: HTTPResponse.Status(code: answer.status),
                headers: Self.fields(headers + [("Content-Encoding", "gzip")]),
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: GzipBomb.stored(answer.body))))
        case .stall:
            while await pause(.seconds(1)) {}
            return Response(status: .serviceUnavailable)
        case .drip(let bytes, let interval):
            return Response(
                status: .ok, headers: Self.fields([("Content-Type", "application/json")]),
                body: ResponseBody(contentLength: bytes.count) { writer in
                    for byte in bytes {
                        try await writer.write(ByteBuffer(bytes: [byte]))
                        guard await self.pause(interval) else { throw CancellationError() }
                    }
                    try await writer.finish(nil)
                })
        case .raw(let status, let headers, let bytes):
            return Response(
                status: HTTPResponse.Status(code: status), headers: Self.fields(headers),
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        case .chunked(let size):
            return Response(
                status: .ok, headers: Self.fields([("Content-Type", "application/json")]),
                body: ResponseBody { writer in
                    let chunk = ByteBuffer(repeating: UInt8(ascii: " "), count: 64 << 10)
                    var remaining = size
                    while remaining > 0, !self.isStopping {
                        let count = Swift.min(remaining, chunk.readableBytes)
                        try await writer.write(chunk.getSlice(at: 0, length: count) ?? chunk)
                        remaining -= count
                    }
                    try await writer.finish(nil)
                })
        }
    }

    private func sandboxResponse(to received: Received) async throws -> IIQHTTPResponse {
        guard let url = URL(string: origin.absoluteString + received.uri) else { return IIQHTTPResponse(status: 400) }
        var headers = IIQHTTPHeaders()
        for field in received.headers { headers.add(name: field.name, value: field.value) }
        return try await sandbox.respond(
            to: IIQHTTPRequest(
                method: IIQHTTPMethod(rawValue: received.method), url: url, headers: headers,
                body: received.body.isEmpty ? nil : received.body)
        ).response
    }

    private func sandboxAnswer(to received: Received) async throws -> Response {
        let answer = try await sandboxResponse(to: received)
        return Response(
            status: HTTPResponse.Status(code: answer.status),
            headers: Self.fields(answer.headers.fields.map { ($0.name, $0.value) }),
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }

    private static func fields(_ pairs: [(String, String)]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in pairs {
            if let name = HTTPFields.Element.Name(name) { fields.append(HTTPFields.Element(name: name, value: value)) }
        }
        return fields
    }

    /// Lets the responder, made before the server object, reach it.
    private final class StateBox: Sendable {
        let server = Mutex<FaultServer?>(nil)
    }
}

/// Runs `body` with a started fault server and stops it afterwards, even when `body` throws.
func withFaultServer<Result>(
    host: String = "127.0.0.1", _ body: (FaultServer) async throws -> Result
) async throws -> Result {
    let server = try await FaultServer.start(host: host)
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}
