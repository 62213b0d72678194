import Foundation

/// Opens the store a `--database` argument names.
public enum IIQSyncDatabase {
    /// The file `iiq sync` writes when no database is named.
    public static let defaultPath = "iiq.sqlite"

    /// A PostgreSQL store for a `postgres://` or `postgresql://` URL, a SQLite store for anything else
    /// (a file path).
    public static func open(_ argument: String) throws -> any IIQSyncStore {
        let lowered = argument.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            guard let url = URL(string: argument) else {
                throw IIQSyncStoreError("the PostgreSQL URL is not a valid URL")
            }
            return try IIQPostgresStore(url: url)
        }
        return try IIQSQLiteStore(path: argument)
    }

    /// `argument` with any password replaced by `***`, for messages.
    public static func redacted(_ argument: String) -> String {
        guard var components = URLComponents(string: argument), components.password != nil else { return argument }
        components.password = "***"
        return components.string ?? "postgres://***"
    }
}
