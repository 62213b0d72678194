import Foundation

/// The body of `POST /issues` (`GetIssuesRequest`): the site's issues, as the web app asks for them.
struct IssuesRequestBody: Encodable {
    var product: IIQProduct?
    var categoryIDs: [IIQIssueCategory.ID]?
    var typeIDs: [IIQIssueType.ID]?

    enum CodingKeys: String, CodingKey {
        case productID = "ProductId"
        case siteScope = "SiteScope"
        case strategy = "Strategy"
        case applyProductIDFilter = "ApplyProductIdFilter"
        case categoryIDs = "IssueCategoryIds"
        case typeIDs = "IssueTypeIds"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // Aggregate + All: the site's own issues and the global ones it uses, as the web app sends.
        try container.encode("Aggregate", forKey: .siteScope)
        try container.encode("All", forKey: .strategy)
        // GUIDs go out lowercase, as IIQ writes them.
        if let product {
            try container.encode(product.headerValue, forKey: .productID)
            try container.encode(true, forKey: .applyProductIDFilter)
        }
        try container.encodeIfPresent(categoryIDs, forKey: .categoryIDs)
        try container.encodeIfPresent(typeIDs, forKey: .typeIDs)
    }
}

/// The body of `POST /issues/types` (`GetIssueTypesRequest`), with the spec's required keys.
struct IssueTypesRequestBody: Encodable {
    enum CodingKeys: String, CodingKey {
        case siteScope = "SiteScope"
        case applySiteVisibility = "ApplySiteVisibility"
        case ignoreSiteIDFilter = "IgnoreSiteIdFilter"
        case ignoreProductIDFilter = "IgnoreProductIdFilter"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("Aggregate", forKey: .siteScope)
        try container.encode(true, forKey: .applySiteVisibility)
        try container.encode(false, forKey: .ignoreSiteIDFilter)
        try container.encode(false, forKey: .ignoreProductIDFilter)
    }
}
