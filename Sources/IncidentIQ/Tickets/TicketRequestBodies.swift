import Foundation

/// `POST /tickets/{id}/activities/new`: a comment as IIQ's web app sends it.
struct NewActivityBody: Encodable {
    var ticketID: IIQTicket.ID
    var isPublic: Bool
    var activityItems: [IIQTicketActivityItem]

    enum CodingKeys: String, CodingKey {
        case ticketID = "TicketId"
        case isPublic = "IsPublic"
        case waitForResponse = "WaitForResponse"
        case ticketWasUpdated = "TicketWasUpdated"
        case activityItems = "ActivityItems"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ticketID, forKey: .ticketID)
        try container.encode(isPublic, forKey: .isPublic)
        try container.encode(false, forKey: .waitForResponse)
        try container.encode(false, forKey: .ticketWasUpdated)
        try container.encode(activityItems, forKey: .activityItems)
    }
}

/// `SetTicketAssignToRequest`.
struct AssignBody: Encodable {
    var ticketID: IIQTicket.ID
    var assignToUserID: IIQUser.ID?
    var assignToTeamID: IIQTeam.ID?

    enum CodingKeys: String, CodingKey {
        case ticketID = "TicketId"
        case assignToUserID = "AssignToUserId"
        case assignToTeamID = "AssignToTeamId"
    }
}

/// `TicketCloseOptions`.
struct CloseBody: Encodable {
    var closeReasonTypeID: UUID?
    enum CodingKeys: String, CodingKey { case closeReasonTypeID = "CloseReasonTypeId" }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(closeReasonTypeID.map { $0.uuidString.lowercased() }, forKey: .closeReasonTypeID)
    }
}

/// An update body that also names the entity, as IIQ's update routes expect.
struct IdentifiedBody<Update: Encodable, ID: Encodable>: Encodable {
    var idKey: String
    var id: ID
    var update: Update
    var extra: [String: String] = [:]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        try update.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: Key(idKey))
        for (key, value) in extra { try container.encode(value, forKey: Key(key)) }
    }
}
