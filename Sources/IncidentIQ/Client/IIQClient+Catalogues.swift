extension IIQClient {
    /// The issue catalogue: issues, issue types and categories, and lookup by name. See ``IIQIssuesAPI``.
    public var issues: IIQIssuesAPI { IIQIssuesAPI(client: self) }
    /// Teams of agents, their members, and lookup by name. See ``IIQTeamsAPI``.
    public var teams: IIQTeamsAPI { IIQTeamsAPI(client: self) }
    /// User roles and lookup by name. See ``IIQRolesAPI``.
    public var roles: IIQRolesAPI { IIQRolesAPI(client: self) }
    /// Saved views of users, tickets and assets, and lookup by name. See ``IIQViewsAPI``.
    public var views: IIQViewsAPI { IIQViewsAPI(client: self) }
    /// Ticket tags and lookup by name. See ``IIQTagsAPI``.
    public var tags: IIQTagsAPI { IIQTagsAPI(client: self) }
    /// Asset models and lookup by name. See ``IIQAssetModelsAPI``.
    public var assetModels: IIQAssetModelsAPI { IIQAssetModelsAPI(client: self) }
    /// Manufacturers and lookup by name. See ``IIQManufacturersAPI``.
    public var manufacturers: IIQManufacturersAPI { IIQManufacturersAPI(client: self) }
    /// Asset types and lookup by name. See ``IIQAssetTypesAPI``.
    public var assetTypes: IIQAssetTypesAPI { IIQAssetTypesAPI(client: self) }
    /// Ticket workflows, their statuses, and lookup by name. See ``IIQWorkflowsAPI``.
    public var workflows: IIQWorkflowsAPI { IIQWorkflowsAPI(client: self) }
}
