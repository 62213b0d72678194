import Foundation

#if canImport(Glibc)
    import Glibc

    private let streamSocket = Int32(SOCK_STREAM.rawValue)
    private let sendFlags = Int32(MSG_NOSIGNAL)
#elseif canImport(Darwin)
    import Darwin

    private let streamSocket = SOCK_STREAM
    private let sendFlags: Int32 = 0
#endif

/// A minimal HTTP/1.1 server on a loopback address, for driving the real URLSessionTransport.
/// One thread per connection; every connection is closed after one response.
final class LoopbackServer: Sendable {
    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: Data
    }

    /// What to send back: raw head lines and a body, written in chunks with an optional pause.
    struct Response: Sendable {
        var status: Int
        var headers: [(String, String)] = []
        var body: Data = Data()
        var sendsContentLength = true
        /// Wait this long before answering, checking every 10 ms whether the client went away.
        var stall: Duration = .zero
        /// Send the body one byte at a time with this pause between bytes, until the client goes away.
        var drip: Duration?
        /// Send this many copies of one byte after `body`, in 64 KiB writes, without holding them.
        var filler: (byte: UInt8, count: Int)?

        static func json(_ text: String, status: Int = 200) -> Response {
            Response(status: status, headers: [("Content-Type", "application/json")], body: Data(text.utf8))
        }
        static func redirect(_ status: Int, to location: String) -> Response {
            Response(status: status, headers: [("Location", location)])
        }
    }

    let host: String
    let port: UInt16
    private let listener: Int32
    private let handler: @Sendable (Request) -> Response
    private let log = Locked<[Request]>([])

    var requests: [Request] { log.value }
    var baseURL: String { "http://\(host):\(port)" }

    init(host: String = "127.0.0.1", handler: @escaping @Sendable (Request) -> Response) throws {
        let fd = socket(AF_INET, streamSocket, 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        inet_pton(AF_INET, host, &address.sin_addr)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw POSIXError(.EADDRNOTAVAIL)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.host = host
        self.port = UInt16(bigEndian: address.sin_port)
        self.listener = fd
        self.handler = handler
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            Thread { [self] in serve(connection) }.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        guard let request = readRequest(connection) else { return }
        log.mutate { $0.append(request) }
        let response = handler(request)
        var waited = Duration.zero
        while waited < response.stall {
            Thread.sleep(forTimeInterval: 0.01)
            waited += .milliseconds(10)
            var probe: UInt8 = 0
            if recv(connection, &probe, 1, Int32(MSG_DONTWAIT)) == 0 { return }  // the client hung up
        }
        var head = "HTTP/1.1 \(response.status) Status\r\nConnection: close\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        if response.sendsContentLength { head += "Content-Length: \(response.body.count)\r\n" }
        head += "\r\n"
        guard write(connection, Data(head.utf8)) else { return }
        if let drip = response.drip {
            for index in response.body.indices {
                guard write(connection, response.body[index..<index + 1]) else { return }
                Thread.sleep(
                    forTimeInterval: Double(drip.components.seconds) + Double(drip.components.attoseconds) / 1e18)
            }
            return
        }
        var offset = 0
        while offset < response.body.count {
            let end = min(offset + 64 * 1024, response.body.count)
            guard write(connection, response.body[offset..<end]) else { return }
            offset = end
        }
        if let filler = response.filler {
            let chunk = Data(repeating: filler.byte, count: 64 * 1024)
            var sent = 0
            while sent < filler.count {
                let count = min(chunk.count, filler.count - sent)
                guard write(connection, chunk.prefix(count)) else { return }
                sent += count
            }
        }
    }

    private func write(_ connection: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            var sent = 0
            while sent < buffer.count {
                let result = send(connection, base + sent, buffer.count - sent, sendFlags)
                if result <= 0 { return false }
                sent += result
            }
            return true
        }
    }

    private func readRequest(_ connection: Int32) -> Request? {
        var buffer = Data()
        var chunk = [UInt8](repeating: 0, count: 4096)
        let separator = Data("\r\n\r\n".utf8)
        while buffer.range(of: separator) == nil {
            let count = recv(connection, &chunk, chunk.count, 0)
            guard count > 0 else { return nil }
            buffer.append(contentsOf: chunk[0..<count])
        }
        guard let end = buffer.range(of: separator) else { return nil }
        let head = String(decoding: buffer[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = head.first?.split(separator: " ") ?? []
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        var body = Data(buffer[end.upperBound...])
        let length = Int(headers["content-length"] ?? "") ?? 0
        while body.count < length {
            let count = recv(connection, &chunk, chunk.count, 0)
            guard count > 0 else { break }
            body.append(contentsOf: chunk[0..<count])
        }
        guard requestLine.count >= 2 else { return nil }
        return Request(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers, body: body)
    }
}
