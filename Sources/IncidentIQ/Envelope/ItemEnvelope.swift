import Foundation

/// `ItemGetResponseOf*`, `ItemCreateResponseOf*` and `ItemUpdateResponseOf*`: `Item`, plus `Id` and
/// `Uid` on creates and updates.
struct ItemEnvelope<Item: Decodable>: IIQEnvelope {
    var item: Item?
    /// `Id` on creates and updates: an int32 on most routes, a GUID on deletes; kept as text.
    var id: String?
    /// `Uid` on creates and updates: the new entity's GUID.
    var uid: UUID?
    var status: EnvelopeStatus

    enum CodingKeys: String, CodingKey, CaseIterable {
        case item = "Item"
        case id = "Id"
        case uid = "Uid"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        item = try container.decodeIfPresent(Item.self, forKey: .item)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        uid = try? container.decodeIfPresent(UUID.self, forKey: .uid)
        status = try EnvelopeStatus(from: decoder)
    }
}

/// `ActionResponse`: the status keys and no item, as close, cancel, assign and delete return.
struct ActionEnvelope: IIQEnvelope {
    var status: EnvelopeStatus

    init(from decoder: any Decoder) throws {
        status = try EnvelopeStatus(from: decoder)
    }
}
