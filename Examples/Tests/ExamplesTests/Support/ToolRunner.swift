import Foundation
import Testing

/// Runs the built `iiq` executable as a process.
enum ToolRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `iiq` binary SwiftPM built beside this test bundle.
    static func executable() throws -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for directory in candidates {
            let url = directory.appending(path: "iiq")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw ToolError.notBuilt(candidates.map(\.path))
    }

    /// An `iiq arguments…` process, not started, with `environment` added to a clean one (no IIQ_
    /// variables are inherited) and a fresh sandbox state file unless `environment` names one.
    static func process(_ arguments: [String], environment: [String: String]) throws -> Process {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        var base = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("IIQ_") }
        base["IIQ_SANDBOX_STATE"] = freshStateFile().path
        base.merge(environment) { _, new in new }
        process.environment = base
        return process
    }

    /// Runs `iiq arguments…` with `environment` added to a clean one (no IIQ_ variables are inherited).
    /// Unless `environment` names a sandbox state file, the run gets a fresh one of its own, so no test
    /// reads or writes the user's.
    static func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> Result {
        let process = try process(arguments, environment: environment)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Blocking reads run on threads of their own: on the cooperative pool they could starve the
        // in-process sandbox server the tool is talking to.
        async let stdout = onThread { out.fileHandleForReading.readDataToEndOfFile() }
        async let stderr = onThread { err.fileHandleForReading.readDataToEndOfFile() }
        let (output, errors) = await (stdout, stderr)
        await onThread { process.waitUntilExit() }
        return Result(
            status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errors, as: UTF8.self))
    }

    enum ToolError: Error { case notBuilt([String]) }

    /// A path for a sandbox state file that does not exist yet, in a folder of its own.
    static func freshStateFile() -> URL {
        FileManager.default.temporaryDirectory.appending(path: "iiq-tests-\(UUID().uuidString)/sandbox.jsonl")
    }

    private static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }
}
