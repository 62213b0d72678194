/// A permission a sandbox token carries in its `scopes` claim, named as in IIQ's token documentation.
public struct IIQSandboxScope: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The claim value, such as `tickets:read`.
    public let rawValue: String

    /// A scope with this claim value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Search and read tickets.
    public static let ticketsRead = IIQSandboxScope(rawValue: "tickets:read")
    /// Create, change, comment on, assign, close and delete tickets.
    public static let ticketsWrite = IIQSandboxScope(rawValue: "tickets:write")
    /// Search and read assets.
    public static let assetsRead = IIQSandboxScope(rawValue: "assets:read")
    /// Change assets and their owners.
    public static let assetsWrite = IIQSandboxScope(rawValue: "assets:write")
    /// Search and read users.
    public static let usersRead = IIQSandboxScope(rawValue: "users:read")
    /// Create, change and delete users.
    public static let usersWrite = IIQSandboxScope(rawValue: "users:write")
    /// Everything.
    public static let admin = IIQSandboxScope(rawValue: "admin")

    /// Read and write on tickets, assets and users: what a sandbox token carries unless told otherwise.
    public static let readWrite: Set<IIQSandboxScope> = [
        .ticketsRead, .ticketsWrite, .assetsRead, .assetsWrite, .usersRead, .usersWrite,
    ]
    /// Read on tickets, assets and users.
    public static let readOnly: Set<IIQSandboxScope> = [.ticketsRead, .assetsRead, .usersRead]

    /// The claim value.
    public var description: String { rawValue }
}
