import ArgumentParser
import IncidentIQ

/// The kinds of record `iiq custom-fields` and `iiq views` list for: `assets`, `tickets` or `users`
/// (the singular is accepted too).
enum RecordKind: String, CaseIterable, ExpressibleByArgument, Sendable {
    case assets, tickets, users

    init?(argument: String) {
        let word = argument.lowercased()
        guard let kind = Self(rawValue: word) ?? Self(rawValue: word + "s") else { return nil }
        self = kind
    }

    /// The kind as the custom field catalogue names it.
    var customFieldEntity: IIQCustomFieldEntity {
        switch self {
        case .assets: .asset
        case .tickets: .ticket
        case .users: .user
        }
    }

    /// The kind as the view catalogue names it.
    var viewKind: IIQViewKind {
        switch self {
        case .assets: .assets
        case .tickets: .tickets
        case .users: .users
        }
    }
}
