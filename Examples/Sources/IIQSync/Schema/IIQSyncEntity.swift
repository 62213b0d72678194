import Foundation

/// What `iiq sync` copies, in the order it copies them: catalogues first, so that the records
/// after them find the locations, teams and fields they refer to.
public enum IIQSyncEntity: String, CaseIterable, Sendable, Hashable, Codable {
    case locations
    case rooms
    case teams
    case issues
    case customFields = "custom_fields"
    case users
    case assets
    case tickets

    /// The table that holds it; also its name in `sync_state` and on the command line.
    public var table: String { rawValue }

    /// Whether it is read whole on every run (a small catalogue), rather than by changes since a
    /// checkpoint with a periodic sweep for deletions.
    public var isCatalogue: Bool {
        switch self {
        case .locations, .rooms, .teams, .issues, .customFields: true
        case .users, .assets, .tickets: false
        }
    }

    /// The entity a command-line name (`assets`, `custom-fields`, `custom_fields`) names.
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased().replacingOccurrences(of: "-", with: "_"))
    }
}
