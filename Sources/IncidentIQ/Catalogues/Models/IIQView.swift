import Foundation

/// A saved view: a named filter over users, tickets or assets that people build in the web app.
///
/// Search with one through its id: `client.tickets.search(.all, filters: [.view(view.id)])`.
public struct IIQView: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a view.
    public typealias ID = IIQIdentifier<IIQView>

    /// The view's id (`ViewId`), the one key every view has.
    public var id: ID
    /// The id of the asset type an asset view shows.
    public var assetTypeID: IIQAssetType.ID?
    /// The grid columns; passed through untyped.
    public var columns: [IIQJSONValue]?
    /// The tab the view opens on; passed through untyped.
    public var defaultTab: IIQJSONValue?
    /// The view's filters, as IIQ stores them; passed through untyped.
    public var filters: [IIQJSONValue]?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// The view's name, such as `Unassigned Tickets`.
    public var name: String?
    /// How many rows a page of the view shows.
    public var pageSize: Int?
    /// The id of the product the view belongs to.
    public var productID: IIQProduct.ID?
    /// Scheduled deliveries of the view; passed through untyped.
    public var schedules: [IIQJSONValue]?
    /// Who the view is shared with; passed through untyped.
    public var sharing: IIQJSONValue?
    /// The id of the site (the district's tenant) the view belongs to (`SiteId`).
    public var siteID: IIQSite.ID?
    /// The view's sort; passed through untyped.
    public var sort: IIQJSONValue?
    /// The id of the user who owns the view.
    public var userID: IIQUser.ID?
    /// The kind of view, as IIQ names it.
    public var viewTypeID: String?

    /// Creates a view with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "ViewId"
        case assetTypeID = "AssetTypeId"
        case columns = "Columns"
        case defaultTab = "DefaultTab"
        case filters = "Filters"
        case meta = "Meta"
        case name = "Name"
        case pageSize = "PageSize"
        case productID = "ProductId"
        case schedules = "Schedules"
        case sharing = "Sharing"
        case siteID = "SiteId"
        case sort = "Sort"
        case userID = "UserId"
        case viewTypeID = "ViewTypeId"
        case unknownFields = "$unknownFields"
    }
}

extension IIQView: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
