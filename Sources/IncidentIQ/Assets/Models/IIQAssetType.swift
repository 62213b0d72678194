import Foundation

/// A kind of asset, such as Devices. Used to filter asset searches.
public struct IIQAssetType: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of an asset type.
    public typealias ID = IIQIdentifier<IIQAssetType>

    /// The asset type's id (`AssetTypeId`).
    public var id: ID
    /// The asset type's name.
    public var name: String?

    /// Creates an asset type.
    public init(id: ID, name: String? = nil) {
        self.id = id
        self.name = name
    }

    /// Devices, the asset type IIQ tenants share: `2a1561e5-34ff-4fcf-87de-2a146f0e1c01`.
    public static let devices = IIQAssetType(
        id: ID(
            UUID(uuid: (0x2a, 0x15, 0x61, 0xe5, 0x34, 0xff, 0x4f, 0xcf, 0x87, 0xde, 0x2a, 0x14, 0x6f, 0x0e, 0x1c, 0x01))
        ),
        name: "Devices")

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "AssetTypeId"
        case name = "Name"
        case unknownFields = "$unknownFields"
    }
}

extension IIQAssetType: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
