import Foundation
import Hummingbird
import IncidentIQ
import IncidentIQTesting

/// Turns Hummingbird requests into sandbox requests, and sandbox answers into bytes on the wire,
/// truncated, cut off or padded when a fault says so.
enum SandboxBridge {
    /// Raised inside a body writer to close the connection before the promised bytes are sent.
    struct ConnectionCut: Error {}

    static func respond(to request: Request, with sandbox: IIQSandbox, limit: Int) async throws -> Response {
        let body = try await request.body.collect(upTo: limit)
        let origin = sandbox.tenant.absoluteString
        guard let url = URL(string: origin + request.uri.string) else {
            return Response(status: .badRequest)
        }
        var headers = IIQHTTPHeaders()
        for field in request.headers { headers.add(name: field.name.rawName, value: field.value) }
        let sandboxRequest = IIQHTTPRequest(
            method: IIQHTTPMethod(rawValue: request.method.rawValue), url: url, headers: headers,
            body: body.readableBytes > 0 ? Data(buffer: body) : nil)
        let answer = try await sandbox.respond(to: sandboxRequest)
        return response(for: answer)
    }

    static func response(for answer: IIQSandboxResponse) -> Response {
        var fields = HTTPFields()
        for field in answer.response.headers.fields {
            if let name = HTTPFields.Element.Name(field.name) {
                fields.append(HTTPFields.Element(name: name, value: field.value))
            }
        }
        let status = HTTPResponse.Status(code: answer.response.status)
        let bytes = answer.response.body
        switch answer.delivery {
        case .complete:
            return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        case .truncated(let count):
            return Response(
                status: status, headers: fields,
                body: ResponseBody(contentLength: bytes.count) { writer in
                    try await writer.write(ByteBuffer(bytes: bytes.prefix(count)))
                    throw ConnectionCut()
                })
        case .connectionReset:
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(contentLength: 1024) { _ in throw ConnectionCut() })
        case .padded(let total):
            return Response(
                status: status, headers: fields,
                body: ResponseBody(contentLength: max(total, bytes.count)) { writer in
                    try await writer.write(ByteBuffer(bytes: bytes))
                    let chunk = ByteBuffer(repeating: UInt8(ascii: " "), count: 64 * 1024)
                    var remaining = total - bytes.count
                    while remaining > 0 {
                        let size = min(remaining, chunk.readableBytes)
                        try await writer.write(chunk.getSlice(at: 0, length: size) ?? chunk)
                        remaining -= size
                    }
                    try await writer.finish(nil)
                })
        }
    }
}
