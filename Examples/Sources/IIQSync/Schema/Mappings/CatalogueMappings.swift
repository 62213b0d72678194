import Foundation
import IncidentIQ

/// The typed columns of the catalogues, which every run reads whole.
enum CatalogueMappings {
    static let locations = SyncMapping<IIQLocation>(
        entity: .locations,
        fields: [
            .text("name") { $0.name }, .text("abbreviation") { $0.abbreviation },
            .uuid("location_type_id") { $0.locationTypeID?.uuid }, .boolean("is_reservable") { $0.isReservable },
            .timestamp("created_at") { $0.createdDate }, .timestamp("modified_at") { $0.modifiedDate },
        ],
        id: { $0.id.uuid }, isDeleted: { $0.isDeleted == true })

    /// Rooms carry the one foreign key: IIQ lists a room only under its location, so the location is
    /// always written first, in the same run.
    static let rooms = SyncMapping<IIQRoom>(
        entity: .rooms,
        fields: [
            .uuid("location_id", references: IIQSyncEntity.locations.table) { $0.locationID?.uuid },
            .text("name") { $0.name }, .text("description") { $0.description },
            .boolean("is_available") { $0.isAvailable },
            .timestamp("created_at") { $0.createdDate }, .timestamp("modified_at") { $0.modifiedDate },
        ],
        indexes: ["location_id"],
        id: { $0.id.uuid }, isDeleted: { $0.isDeleted == true })

    static let teams = SyncMapping<IIQTeam>(
        entity: .teams,
        fields: [.text("name") { $0.teamName }, .integer("members_count") { $0.membersCount }],
        id: { $0.id.uuid })

    static let issues = SyncMapping<IIQIssue>(
        entity: .issues,
        fields: [
            .text("name") { $0.name }, .uuid("issue_category_id") { $0.issueCategoryID },
            .text("issue_category_name") { $0.issueCategoryName }, .uuid("issue_type_id") { $0.issueTypeID },
            .uuid("product_id") { $0.productID }, .uuid("workflow_id") { $0.workflowID },
            .integer("sort_order") { $0.sortOrder },
        ],
        id: { $0.id.uuid })

    /// A custom field, keyed by its type id (`CustomFieldTypeId`), which values carry. A field the
    /// tenant removes keeps its row, with `deleted_at` set, and its values.
    static let customFields = SyncMapping<DefinedField>(
        entity: .customFields,
        fields: [
            .text("entity") { $0.entity.rawValue }, .uuid("placement_id") { $0.field.id.uuid },
            .text("name") { $0.field.name }, .integer("editor_type") { $0.field.editorType?.rawValue },
            .text("choices") { $0.field.choices.isEmpty ? nil : $0.field.choices.joined(separator: "\n") },
            .boolean("is_required") { $0.field.isRequired }, .boolean("is_hidden") { $0.field.isHidden },
            .integer("display_order") { $0.field.displayOrder },
        ],
        id: { $0.typeID })

    /// A custom field with the entity it was listed for and its value key.
    struct DefinedField: Sendable {
        var entity: IIQCustomFieldEntity
        var field: IIQCustomField
        var typeID: UUID
    }
}
