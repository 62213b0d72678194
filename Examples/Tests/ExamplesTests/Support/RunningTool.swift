import Foundation
import Synchronization

/// An `iiq` process left running, such as `iiq sandbox serve`, whose stdout a test reads as it comes.
final class RunningTool: Sendable {
    private let process: Process
    private let output: Pipe
    private let received = Mutex<Data>(Data())

    init(process: Process, output: Pipe) {
        self.process = process
        self.output = output
    }

    /// Everything printed on stdout up to and including `marker`, waiting at most `timeout`.
    func stdout(until marker: String, timeout: Duration = .seconds(60)) async throws -> String {
        let handle = output.fileHandleForReading
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let text = received.withLock { String(decoding: $0, as: UTF8.self) }
            if text.contains(marker) { return text }
            guard process.isRunning else { throw RunningToolError.exited(text) }
            let chunk = await withCheckedContinuation { continuation in
                Thread { continuation.resume(returning: handle.availableData) }.start()
            }
            received.withLock { $0.append(chunk) }
        }
        throw RunningToolError.timedOut(received.withLock { String(decoding: $0, as: UTF8.self) })
    }

    /// Interrupts the process, as ^C does, and waits for it.
    func stop() {
        if process.isRunning { process.interrupt() }
        process.waitUntilExit()
    }

    enum RunningToolError: Error {
        case exited(String)
        case timedOut(String)
    }
}

extension ToolRunner {
    /// Starts `iiq arguments…` and leaves it running; stderr is discarded.
    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> RunningTool {
        let process = try process(arguments, environment: environment)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return RunningTool(process: process, output: output)
    }
}
