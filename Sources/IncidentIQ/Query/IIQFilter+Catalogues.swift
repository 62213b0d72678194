extension IIQFilter {
    /// Tickets with an issue category (`issuecategory`), by its typed id.
    public static func issueCategory(_ id: IIQIssueCategory.ID) -> IIQFilter { issueCategory(id.uuid) }
    /// The entities in a saved view (`view`, selected), by its typed id.
    public static func view(_ id: IIQView.ID) -> IIQFilter { view(id.uuid) }
}
