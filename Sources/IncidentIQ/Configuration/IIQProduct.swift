import Foundation

/// An Incident IQ product (module), sent as the optional `ProductId` header to scope a call.
///
/// The five known products have constants; any other product GUID is accepted with ``init(id:)``.
public struct IIQProduct: Sendable, Hashable {
    /// The typed id of a product: what models' `productID` properties hold.
    public typealias ID = IIQIdentifier<IIQProduct>

    /// The product's GUID.
    public let id: ID
    /// The product's key, such as `iiqassets`, when it is a known product.
    public let key: String?
    /// The product's display name, when it is a known product.
    public let name: String?

    /// A product identified only by its GUID, such as a model's `productID`; a known GUID gets its
    /// key and name.
    public init(id: ID) {
        if let known = Self.known.first(where: { $0.id == id }) {
            self = known
        } else {
            self.init(id: id, key: nil, name: nil)
        }
    }

    private init(id: ID, key: String?, name: String?) {
        self.id = id
        self.key = key
        self.name = name
    }

    private static func known(_ suffix: String, _ key: String, _ name: String) -> IIQProduct {
        // The five product GUIDs share this prefix; the suffixes are fixed two-digit literals.
        let id = ID("88df910c-91aa-e711-80c2-0004ffa000" + suffix) ?? ID(UUID())
        return IIQProduct(id: id, key: key, name: name)
    }

    /// Ticketing (IT help desk): `iiqtickets`.
    public static let ticketing = known("10", "iiqtickets", "Ticketing")
    /// Facilities: `iiqfacilities`.
    public static let facilities = known("20", "iiqfacilities", "Facilities")
    /// Change Management: `iiqapprovals`.
    public static let changeManagement = known("40", "iiqapprovals", "Change Management")
    /// Assets: `iiqassets`.
    public static let assets = known("50", "iiqassets", "Assets")
    /// Human Resources: `iiqhumanresources`.
    public static let humanResources = known("60", "iiqhumanresources", "Human Resources")

    /// The five products Incident IQ documents.
    public static let known: [IIQProduct] = [ticketing, facilities, changeManagement, assets, humanResources]

    /// Finds a product by GUID or by key (`iiqassets`, case-insensitive).
    ///
    /// - Throws: ``IIQError/Code/invalidConfiguration`` naming the `product` field when `text` is
    ///   neither a GUID nor a known key.
    public init(parsing text: String) throws(IIQError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let id = GUID.parse(trimmed) {
            self.init(id: ID(id))
        } else if let product = Self.known.first(where: { $0.key == trimmed.lowercased() }) {
            self = product
        } else {
            throw .invalidConfiguration(IIQConfigurationIssue(.product, .notAGUIDOrProductKey))
        }
    }

    /// The header value: the lowercase GUID.
    public var headerValue: String { id.description }
}

extension IIQProduct: CustomStringConvertible {
    /// The key or, for an unknown product, its GUID.
    public var description: String { key ?? headerValue }
}
