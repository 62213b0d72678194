import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

/// The size cap bounds what the process holds, not only what the SDK keeps: compressed and plain
/// bodies of 1 GiB, measured by the kernel's peak resident size.
///
/// Each bomb is 1 GiB once expanded, so a broken cap costs this test about 1 GiB, never the machine.
@Suite("Response size cap over loopback", .serialized)
struct ResponseCapTests {
    static let cap = 1 << 20
    /// What the process may grow by beyond the cap: libcurl's buffers, one chunk, and other suites
    /// allocating meanwhile (the full suite adds up to about 80 MiB). A queue with no backpressure
    /// grows by 1.1 GiB, four times this.
    static let margin = 256 << 20

    func client(_ server: LoopbackServer) throws -> IIQClient {
        var configuration = try IIQConfiguration(
            token: Fixture.token, baseURL: URL(string: server.baseURL), allowsInsecureLoopback: true)
        configuration.retryPolicy = .never
        let transport = URLSessionTransport(configuration: .init(maximumResponseSize: Self.cap))
        return try IIQClient(configuration: configuration, transport: transport)
    }

    /// Runs `body` and checks the peak resident size grew by less than the cap plus the margin.
    func expectBounded(_ label: String, _ body: () async throws -> Void) async throws {
        let peakWasReset = MemoryReading.resetPeak()
        let before = try #require(MemoryReading.residentBytes())
        try await body()
        guard peakWasReset, let peak = MemoryReading.peakResidentBytes() else { return }
        #expect(peak - before < Self.cap + Self.margin, "\(label): peak grew by \((peak - before) >> 20) MiB")
    }

    @Test("A gzip bomb that expands to 1 GiB fails at the cap with bounded memory")
    func gzipBomb() async throws {
        let bomb = try Fixture.data("Bombs/zeros-1GiB.gz")
        let server = try LoopbackServer { _ in
            LoopbackServer.Response(
                status: 200, headers: [("Content-Type", "application/json"), ("Content-Encoding", "gzip")], body: bomb)
        }
        defer { server.stop() }
        let client = try client(server)
        try await expectBounded("gzip bomb") {
            let error = await captureError { try await client.locations.all().first(1) }
            guard case .responseTooLarge(let limit, _) = error?.detail else {
                Issue.record("got \(String(describing: error))")
                return
            }
            #expect(limit == Self.cap)
        }
        #expect(server.requests.first?.headers["accept-encoding"] == "gzip")
    }

    @Test("A plain 1 GiB body without Content-Length fails at the cap with bounded memory")
    func plainFlood() async throws {
        let server = try LoopbackServer { _ in
            LoopbackServer.Response(
                status: 200, headers: [("Content-Type", "application/json")], body: Data("[".utf8),
                sendsContentLength: false, filler: (UInt8(ascii: " "), 1 << 30))
        }
        defer { server.stop() }
        let client = try client(server)
        try await expectBounded("plain flood") {
            let error = await captureError { try await client.locations.all().first(1) }
            guard case .responseTooLarge = error?.detail else {
                Issue.record("got \(String(describing: error))")
                return
            }
        }
    }

    @Test(
        "Encodings the SDK did not ask for are refused before their bytes are expanded",
        arguments: ["gzip, gzip", "gzip,gzip", "deflate", "br", "zstd", "compress", "gzip, identity"])
    func refusedEncodings(_ encoding: String) async throws {
        let nested = try Fixture.data("Bombs/zeros-1GiB.gz.gz")
        let server = try LoopbackServer { _ in
            LoopbackServer.Response(
                status: 200, headers: [("Content-Type", "application/json"), ("Content-Encoding", encoding)],
                body: nested)
        }
        defer { server.stop() }
        let client = try client(server)
        try await expectBounded(encoding) {
            let error = await captureError { try await client.locations.all().first(1) }
            guard case .transport(let failure) = error?.detail else {
                Issue.record("got \(String(describing: error))")
                return
            }
            #expect(failure.kind == .unsupportedContentEncoding)
            #expect(failure.underlying.contains("only gzip"))
        }
    }

    @Test("An ordinary gzip page is decompressed and decoded")
    func gzipPage() async throws {
        let page =
            #"{"Items":[{"LocationId":"1a2b3c4d-5555-4a4a-cccc-eeeeeeeeeeee","Name":"LHS"}],"#
            + #""Paging":{"PageIndex":0,"PageSize":100,"PageCount":1,"TotalRows":1}}"#
        let compressed = try Self.gzip(Data(page.utf8))
        let server = try LoopbackServer { _ in
            LoopbackServer.Response(
                status: 200, headers: [("Content-Type", "application/json"), ("Content-Encoding", "gzip")],
                body: compressed)
        }
        defer { server.stop() }
        let locations = try await client(server).locations.all().first(5)
        #expect(locations.map(\.name) == ["LHS"])
    }

    /// Compresses with the system's `gzip`, which every Debian machine has.
    static func gzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", "-n"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: data)
        try input.fileHandleForWriting.close()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return result
    }
}

/// Resident memory of this process, from /proc on Linux.
enum MemoryReading {
    static func residentBytes() -> Int? { field("VmRSS:") }
    static func peakResidentBytes() -> Int? { field("VmHWM:") }

    /// Resets the peak (`VmHWM`) to the current resident size; false where the kernel does not allow it.
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    private static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return nil }
        return line.split(separator: " ").compactMap { Int($0) }.first.map { $0 * 1024 }
    }
}
