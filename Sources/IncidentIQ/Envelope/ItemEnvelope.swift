/// `ItemGetResponseOf*`, `ItemCreateResponseOf*` and `ItemUpdateResponseOf*`: `Item`, plus `Id` and
/// `Uid` on creates and updates.
struct ItemEnvelope<Item: Decodable>: IIQEnvelope {
    var item: Item?
    var status: EnvelopeStatus

    enum CodingKeys: String, CodingKey {
        case item = "Item"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        item = try container.decodeIfPresent(Item.self, forKey: .item)
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
