/// What a saved view shows: users, tickets or assets. Each kind has its own list route.
public enum IIQViewKind: String, Sendable, Hashable, CaseIterable {
    /// User views (`GET /users/views`).
    case users
    /// Ticket views (`GET /tickets/views`).
    case tickets
    /// Asset views (`GET /assets/views`).
    case assets

    /// The token scope that reads views of this kind.
    var scope: String { rawValue + ":read" }
}
