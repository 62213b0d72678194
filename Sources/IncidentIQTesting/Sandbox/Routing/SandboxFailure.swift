import Foundation

/// An error answer: the HTTP status and IIQ's `Message` and `ErrorKey`.
struct SandboxFailure: Error, Sendable {
    var status: Int
    var message: String
    var errorKey: String

    static func badRequest(_ message: String) -> SandboxFailure {
        SandboxFailure(status: 400, message: message, errorKey: "BadRequest")
    }

    static func notFound(_ message: String) -> SandboxFailure {
        SandboxFailure(status: 404, message: message, errorKey: "NotFound")
    }

    static func unauthorized(_ message: String) -> SandboxFailure {
        SandboxFailure(status: 401, message: message, errorKey: "Unauthorized")
    }

    static func forbidden(_ message: String) -> SandboxFailure {
        SandboxFailure(status: 403, message: message, errorKey: "Forbidden")
    }

    /// The envelope IIQ wraps an error in.
    var envelope: SandboxJSON {
        .object([
            ("StatusCode", .int(status)), ("Message", .string(message)), ("ErrorKey", .string(errorKey)),
            ("Errors", .array([])),
        ])
    }
}
