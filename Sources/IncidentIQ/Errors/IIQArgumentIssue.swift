/// Why an argument was refused before anything was sent.
public struct IIQArgumentIssue: Sendable, Hashable, CustomStringConvertible {
    /// The operation, such as `tickets.create`.
    public var operation: String
    /// The argument or field, such as `requestor`.
    public var argument: String
    /// What is wrong and how to fix it.
    public var reason: String

    /// Creates an issue.
    public init(operation: String, argument: String, reason: String) {
        self.operation = operation
        self.argument = argument
        self.reason = reason
    }

    /// `Invalid argument to operation: argument reason`.
    public var description: String { "Invalid argument to \(operation): \(argument) \(reason)" }
}
