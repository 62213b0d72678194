import Foundation

/// A product a site is licensed for, with its tier (IIQ's `ProductTier`).
public struct IIQLicensedProduct: Codable, Hashable, Sendable {
    /// The product's GUID (`ProductId`), the one key every product has.
    public var productID: IIQProduct.ID
    /// The product's key, such as `iiqtickets`.
    public var productKey: String?
    /// The product's name, such as `Ticketing`.
    public var productName: String?
    /// The id of the licensed tier (`ProductTierId`), named by ``tierName``. A plain `UUID`: the
    /// SDK does not model product tiers.
    public var productTierID: UUID?
    /// The name of the licensed tier in ``productTierID``, such as `Pro`.
    public var tierName: String?
    /// Where the product sorts in IIQ's menus.
    public var displayOrder: Int?

    /// Creates a product with only its id set; set other properties as needed.
    public init(productID: IIQProduct.ID) {
        self.productID = productID
    }

    /// The product as ``IIQProduct``, to scope calls to it with ``IIQRequestOptions/product``.
    public var product: IIQProduct { IIQProduct(id: productID) }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case productID = "ProductId"
        case productKey = "ProductKey"
        case productName = "ProductName"
        case productTierID = "ProductTierId"
        case tierName = "TierName"
        case displayOrder = "DisplayOrder"
    }
}
