import Foundation
import GRDB
import IncidentIQ
import PostgresNIO

/// A sync run that stopped: the entity, the page (batch) it was on, and the error. Everything written
/// before it stays, with the checkpoint of the last batch written; the next run resumes there.
public struct IIQSyncFailure: Error, CustomStringConvertible {
    /// Whether reading from IIQ or writing to the database failed.
    public enum Stage: String, Sendable {
        case preparing = "preparing the database"
        case reading
        case writing
    }

    /// The entity it was on; nil while preparing the database.
    public var entity: IIQSyncEntity?
    /// The page (batch, counting from 1) being read or written.
    public var page: Int?
    /// What failed.
    public var stage: Stage
    /// The error, as a short message that names no credential.
    public var message: String
    /// The error itself: an `IIQError` when reading.
    public var underlying: any Error

    init(entity: IIQSyncEntity?, page: Int?, stage: Stage, underlying: any Error) {
        self.entity = entity
        self.page = page
        self.stage = stage
        self.underlying = underlying
        self.message = Self.message(for: underlying)
    }

    /// `sync of assets failed at page 3 (reading): …`.
    public var description: String {
        var parts = ["sync"]
        if let entity { parts.append("of \(entity.table)") }
        if let page { parts.append("at page \(page)") }
        return parts.joined(separator: " ") + " failed (\(stage.rawValue)): \(message)"
    }

    /// A short message: SQL errors without their statement (which can be thousands of placeholders).
    public static func message(for error: any Error) -> String {
        if let error = error as? DatabaseError {
            return "SQLite error \(error.resultCode.rawValue): \(error.message ?? "\(error.resultCode)")"
        }
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                return "PostgreSQL: \(message) (\(error.serverInfo?[.sqlState] ?? "no SQLSTATE"))"
            }
            return "PostgreSQL: \(error.code)"
        }
        return "\(error)"
    }
}
