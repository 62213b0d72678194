import Foundation

/// The kinds of record that carry custom fields, for ``IIQCustomFieldsAPI/definitions(for:options:)``.
public enum IIQCustomFieldEntity: String, Sendable, Hashable, CaseIterable {
    /// Assets: IIQ's `AggregateAsset` strategy.
    case asset
    /// Tickets: IIQ's `AggregateTicket` strategy.
    case ticket
    /// Users: IIQ's `AggregateUser` strategy.
    case user

    /// The `Strategy` of a `GetCustomFieldsRequest` that lists this kind's fields.
    var strategy: String {
        switch self {
        case .asset: "AggregateAsset"
        case .ticket: "AggregateTicket"
        case .user: "AggregateUser"
        }
    }

    /// The token scope family reads and writes of this kind need, such as `assets`.
    var scopeFamily: String {
        switch self {
        case .asset: "assets"
        case .ticket: "tickets"
        case .user: "users"
        }
    }
}

/// One asset, ticket or user whose custom field values are read or written.
///
/// ```swift
/// let values = try await client.customFields.values(of: .asset(asset.id))
/// ```
public enum IIQCustomFieldTarget: Sendable, Hashable {
    /// An asset.
    case asset(IIQAsset.ID)
    /// A ticket.
    case ticket(IIQTicket.ID)
    /// A user.
    case user(IIQUser.ID)

    /// The kind of record.
    public var entity: IIQCustomFieldEntity {
        switch self {
        case .asset: .asset
        case .ticket: .ticket
        case .user: .user
        }
    }

    /// The record's GUID.
    var uuid: UUID {
        switch self {
        case .asset(let id): id.uuid
        case .ticket(let id): id.uuid
        case .user(let id): id.uuid
        }
    }
}
