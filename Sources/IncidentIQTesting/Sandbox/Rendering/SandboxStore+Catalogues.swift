import Foundation

/// Catalogue entries as IIQ sends them.
extension SandboxStore {
    /// An `Issue`, with its category, type and product.
    func json(issue: IssueRecord) -> SandboxJSON {
        let category = catalogue.issueCategories[issue.categoryID]
        return .object([
            ("IssueId", .id(issue.id)), ("SiteId", .id(siteID)), ("ProductId", .id(issue.productID)),
            ("Scope", .string("Site")), ("Name", .string(issue.name)), ("IssueTypeId", .id(issue.typeID)),
            ("IssueTypeScope", .string("Global")), ("IssueCategoryId", .id(issue.categoryID)),
            ("IssueCategoryName", .string(issue.categoryName)), ("IssueCategoryIcon", .text(category?.icon)),
            ("IssueCategorySortOrder", .int(category?.sortOrder ?? 0)), ("IssueCategoryScope", .string("Site")),
            ("EnabledByDefault", .bool(true)), ("WorkflowId", .id(siteID)),
        ])
    }

    /// An `IssueType`.
    func json(issueType: IssueTypeRecord) -> SandboxJSON {
        .object([
            ("IssueTypeId", .id(issueType.id)), ("Name", .string(issueType.name)),
            ("ProductId", .id(issueType.productID)), ("Scope", .string("Global")),
        ])
    }

    /// A `Category` of issues.
    func json(issueCategory: IssueCategoryRecord) -> SandboxJSON {
        .object([
            ("CategoryId", .id(issueCategory.id)), ("SiteId", .id(siteID)), ("Name", .string(issueCategory.name)),
            ("NameWithParent", .string(issueCategory.name)), ("Icon", .string(issueCategory.icon)), ("Level", .int(1)),
            ("SortOrder", .int(issueCategory.sortOrder)), ("Scope", .string("Site")),
            ("CategoryTypeName", .string("Issues")),
        ])
    }

    /// The `Category` of models that `model` is in.
    func json(modelCategory model: ModelRecord) -> SandboxJSON {
        .object([
            ("CategoryId", .id(model.categoryID)), ("SiteId", .id(siteID)), ("Name", .string(model.categoryName)),
            ("NameWithParent", .string(model.categoryName)), ("Level", .int(1)), ("Scope", .string("All")),
            ("CategoryTypeName", .string("Models")),
        ])
    }

    /// A `Team` as the team routes list it, with its open ticket count read from the tickets now.
    func json(teamDetail team: TeamRecord) -> SandboxJSON {
        let open = tickets.rows.lazy.filter { $0.teamID == team.id && !$0.isDeleted && !isClosed($0) }.count
        return .object([
            ("TeamId", .id(team.id)), ("SiteId", .id(siteID)), ("TeamName", .string(team.name)),
            ("MembersCount", .int(team.memberIDs.count)), ("MemberIds", .array(team.memberIDs.map { .id($0) })),
            ("Tickets", .int(open)),
        ])
    }

    /// A team membership.
    func json(member id: UUID, of team: TeamRecord) -> SandboxJSON? {
        guard let user = users[id] else { return nil }
        return .object([
            ("UserId", .id(user.id)), ("TeamId", .id(team.id)), ("Name", .string(user.fullName)),
            ("FirstName", .string(user.firstName)), ("LastName", .string(user.lastName)),
            ("Email", .string(user.email)), ("IsDeleted", .bool(false)),
        ])
    }

    /// A `Role` as the role list sends it.
    func json(roleDetail role: RoleRecord) -> SandboxJSON {
        .object([
            ("RoleId", .id(role.id)), ("SiteId", .id(siteID)), ("Name", .string(role.name)),
            ("Portal", .int(role.portal)),
            ("Visibility", .int(1)), ("Users", .int(users.rows.lazy.filter { $0.roleID == role.id }.count)),
        ])
    }

    /// A `View`.
    func json(view: ViewRecord) -> SandboxJSON {
        .object([
            ("ViewId", .id(view.id)), ("SiteId", .id(siteID)), ("UserId", .id(view.ownerID)),
            ("ProductId", .id(view.kind == "assets" ? Self.assetsProductID : Self.ticketingProductID)),
            ("Name", .string(view.name)), ("ViewTypeId", .string(view.kind)), ("PageSize", .int(50)),
            ("Filters", .array([])), ("Columns", .array([])),
        ])
    }

    /// A `Tag`.
    func json(tag: TagRecord) -> SandboxJSON {
        .object([
            ("TagId", .id(tag.id)), ("SiteId", .id(siteID)), ("ProductId", .id(Self.ticketingProductID)),
            ("Name", .string(tag.name)), ("TagTypeId", .int(1)),
        ])
    }

    /// A workflow, with its steps.
    func json(workflow: WorkflowRecord) -> SandboxJSON {
        .object([
            ("WorkflowId", .id(workflow.id)), ("SiteId", .id(siteID)), ("ProductId", .id(Self.ticketingProductID)),
            ("Name", .string(workflow.name)), ("Scope", .string("Site")),
            (
                "Steps",
                .array(
                    workflowSteps.rows.map {
                        .object([
                            ("WorkflowStepId", .id($0.id)), ("WorkflowId", .id(workflow.id)),
                            ("StepName", .string($0.name)),
                            ("StatusName", .string($0.name)), ("IsClosed", .bool($0.isClosed)),
                            ("DisplayOrder", .int($0.order)),
                        ])
                    })
            ),
        ])
    }

    /// A `Manufacturer`.
    func json(manufacturer: ManufacturerRecord) -> SandboxJSON {
        .object([
            ("ManufacturerId", .id(manufacturer.id)), ("Name", .string(manufacturer.name)),
            ("Scope", .string("System")),
        ])
    }

    /// An asset type.
    func json(assetType: AssetTypeRecord) -> SandboxJSON {
        .object([("AssetTypeId", .id(assetType.id)), ("Name", .string(assetType.name))])
    }
}
