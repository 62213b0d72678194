import Foundation

/// A device or piece of equipment of the sandbox district.
struct AssetRecord: Sendable {
    var id: UUID
    var tag: String
    var serial: String
    var name: String
    var modelID: UUID
    var statusID: UUID
    var ownerID: UUID?
    var previousOwnerID: UUID?
    var locationID: UUID
    var roomID: UUID?
    var created: Date
    var modified: Date
    var purchased: Date
    var warrantyExpires: Date
    var purchasePrice: Double
    var purchaseOrder: String?
    var vendor: String?
    var warrantyInfo: String?
    var notes: String?
    var externalID: String?
    var isDeleted: Bool = false
    var customFields: [UUID: String] = [:]
}

/// An asset type: Chromebooks and laptops are Devices; projectors are Equipment.
struct AssetTypeRecord: Sendable {
    var id: UUID
    var name: String
}

/// A device model.
struct ModelRecord: Sendable {
    var id: UUID
    var name: String
    var manufacturerID: UUID
    var assetTypeID: UUID
    var categoryID: UUID
    var categoryName: String
}

/// A manufacturer.
struct ManufacturerRecord: Sendable {
    var id: UUID
    var name: String
}

/// An asset status type.
struct AssetStatusRecord: Sendable {
    var id: UUID
    var name: String
    var isRetired: Bool
}
