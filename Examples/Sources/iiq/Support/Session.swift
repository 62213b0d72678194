import ArgumentParser
import Foundation
import IIQAsyncHTTPClientTransport
import IncidentIQ
import IncidentIQTesting
import Logging

/// Where a command runs: the tenant named by `IIQ_API_TOKEN`, or the built-in sandbox.
enum Session {
    /// Whether `--verbose` (or `-v`) was given, anywhere before a `--`.
    static let isVerbose: Bool = {
        let options = CommandLine.arguments.dropFirst().prefix { $0 != "--" }
        return options.contains("--verbose") || options.contains("-v")
    }()

    /// With `--verbose`, a swift-log logger that writes every request and retry to stderr: a failed attempt
    /// at `warning` with the wait before its retry (`; retrying in 0.5 seconds`), then the retry with the
    /// next attempt number.
    static let verboseLogger: Logger? = {
        guard isVerbose else { return nil }
        var logger = Logger(label: "iiq", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = .debug
        return logger
    }()

    /// The sandbox `iiq` uses when no token is set.
    static let sandboxDistrict = IIQSandboxDistrict(seed: 1, assets: 600)

    /// The transport `IIQ_TRANSPORT` names: `urlsession` (or unset) for the SDK's default, `asynchttpclient`
    /// for ``IIQAsyncHTTPClientTransport``, which the caller must shut down.
    static func makeTransport(environment: [String: String]) throws(CommandFailure) -> IIQAsyncHTTPClientTransport? {
        switch environment["IIQ_TRANSPORT"]?.lowercased() {
        case nil, "", "urlsession": return nil
        case "asynchttpclient": return IIQAsyncHTTPClientTransport()
        case let other?:
            throw CommandFailure(
                message: "IIQ_TRANSPORT is '\(other.prefix(40))'; use urlsession or asynchttpclient.", code: 64)
        }
    }

    /// A client for the environment's tenant, or for the built-in sandbox with the writes of earlier runs
    /// (with one line on stderr).
    static func makeClient(
        environment: [String: String] = ProcessInfo.processInfo.environment, transport: (any IIQTransport)? = nil
    ) async throws -> IIQClient {
        let token = environment[IIQConfiguration.EnvironmentKey.token] ?? ""
        if !token.trimmingCharacters(in: .whitespaces).isEmpty {
            var configuration = try IIQConfiguration.fromEnvironment(environment)
            configuration.logHandler = verboseLogger?.iiqLogHandler()
            return try IIQClient(configuration: configuration, transport: transport)
        }
        let state = SandboxState(environment: environment)
        let sandbox = try await state.open(sandboxDistrict)
        StandardError.write(
            "iiq: IIQ_API_TOKEN is not set; using the built-in sandbox (seed \(sandboxDistrict.seed), "
                + "\(sandboxDistrict.assets) assets; writes kept in \(state.file.path), 'iiq sandbox reset' clears them). "
                + "Set IIQ_API_TOKEN to use your tenant.")
        var configuration = try IIQConfiguration(token: sandbox.sandbox.issueToken())
        configuration.logHandler = verboseLogger?.iiqLogHandler()
        return try IIQClient(configuration: configuration, transport: sandbox)
    }

    /// Runs `body` with a client, turning an SDK error into its message on stderr and an exit code.
    static func run(_ body: (IIQClient) async throws -> Void) async throws {
        var transport: IIQAsyncHTTPClientTransport?
        do {
            transport = try makeTransport(environment: ProcessInfo.processInfo.environment)
            try await body(try await makeClient(transport: transport))
            try? await transport?.shutdown()
        } catch let error as IIQError {
            try? await transport?.shutdown()
            StandardError.write("iiq: error: \(error)")
            throw ExitCode(exitCode(for: error))
        } catch let error as CommandFailure {
            try? await transport?.shutdown()
            StandardError.write("iiq: error: \(error.message)")
            throw ExitCode(error.code)
        } catch {
            try? await transport?.shutdown()
            throw error
        }
    }

    /// The exit code a script can rely on for `error`.
    static func exitCode(for error: IIQError) -> Int32 {
        switch error.code {
        case .notFound: 3
        case .unauthorized, .forbidden, .tokenExpired: 4
        case .rateLimited: 5
        case .invalidConfiguration, .invalidArgument: 64
        default: 1
        }
    }
}

/// A failure of the tool itself, such as a name that matches nothing, with its exit code.
struct CommandFailure: Error {
    var message: String
    var code: Int32 = 1

    static func notFound(_ message: String) -> CommandFailure { CommandFailure(message: message, code: 3) }
}

/// Writes lines to stderr.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Whether stderr is a terminal, where progress lines belong.
    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
