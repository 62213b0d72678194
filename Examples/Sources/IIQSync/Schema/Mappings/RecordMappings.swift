import Foundation
import IncidentIQ

/// The typed columns of users, assets and tickets: the fields districts query by, not every key
/// IIQ sends. References to other records are plain columns without foreign keys: IIQ returns
/// owners, requestors and locations of other sites and deleted users, so a constraint would refuse
/// real data.
enum RecordMappings {
    static let users = SyncMapping<IIQUser>(
        entity: .users,
        fields: [
            .text("username") { $0.username }, .text("email") { $0.email },
            .text("first_name") { $0.firstName }, .text("last_name") { $0.lastName }, .text("name") { $0.name },
            .text("grade") { $0.grade }, .text("homeroom") { $0.homeroom },
            .text("school_id_number") { $0.schoolIdNumber }, .text("external_id") { $0.externalID },
            .uuid("role_id") { $0.roleID?.uuid }, .uuid("location_id") { $0.locationID?.uuid },
            .text("location_name") { $0.locationName }, .boolean("is_active") { $0.isActive },
            .timestamp("created_at") { $0.createdDate }, .timestamp("modified_at") { $0.modifiedDate },
        ],
        indexes: ["email", "location_id"],
        id: { $0.id.uuid }, isDeleted: { $0.isDeleted == true }, customFields: { $0.customFieldValues })

    static let assets = SyncMapping<IIQAsset>(
        entity: .assets,
        fields: [
            .text("asset_tag") { $0.assetTag }, .text("serial_number") { $0.serialNumber }, .text("name") { $0.name },
            .uuid("model_id") { $0.modelID?.uuid }, .text("model_name") { $0.model?.name },
            .uuid("asset_type_id") { $0.assetTypeID?.uuid }, .text("asset_type_name") { $0.assetTypeName },
            .uuid("status_type_id") { $0.statusTypeID?.uuid }, .text("status_name") { $0.status?.name },
            .uuid("owner_id") { $0.ownerID?.uuid }, .uuid("location_id") { $0.locationID?.uuid },
            .uuid("room_id") { $0.locationRoomID?.uuid }, .text("location_details") { $0.locationDetails },
            .timestamp("purchased_at") { $0.purchasedDate }, .real("purchase_price") { $0.purchasePrice },
            .text("purchase_po_number") { $0.purchasePoNumber },
            .timestamp("warranty_expires_at") { $0.warrantyExpirationDate },
            .timestamp("deployed_at") { $0.deployedDate }, .timestamp("retired_at") { $0.retiredDate },
            .text("notes") { $0.notes }, .integer("open_tickets") { $0.openTickets },
            .timestamp("created_at") { $0.createdDate }, .timestamp("modified_at") { $0.modifiedDate },
        ],
        indexes: ["asset_tag", "serial_number", "owner_id", "location_id"],
        id: { $0.id.uuid }, isDeleted: { $0.isDeleted == true }, customFields: { $0.customFieldValues })

    static let tickets = SyncMapping<IIQTicket>(
        entity: .tickets,
        fields: [
            .text("ticket_number") { $0.ticketNumber?.rawValue }, .text("subject") { $0.subject },
            .uuid("issue_id") { $0.issueID?.uuid }, .text("issue_description") { $0.issueDescription },
            .text("status_name") { $0.ticketStatusName }, .uuid("workflow_step_id") { $0.workflowStepID?.uuid },
            .uuid("requestor_id") { $0.requestorID?.uuid }, .uuid("owner_id") { $0.ownerID?.uuid },
            .uuid("assigned_to_user_id") { $0.assignedToUserID?.uuid },
            .uuid("assigned_to_team_id") { $0.assignedToTeamID?.uuid },
            .uuid("location_id") { $0.locationID?.uuid }, .uuid("room_id") { $0.locationRoomID?.uuid },
            .integer("priority") { $0.priority }, .boolean("is_urgent") { $0.isUrgent },
            .boolean("is_closed") { $0.isClosed }, .timestamp("created_at") { $0.createdDate },
            .timestamp("modified_at") { $0.modifiedDate }, .timestamp("started_at") { $0.startedDate },
            .timestamp("due_at") { $0.dueDate }, .timestamp("closed_at") { $0.closedDate },
        ],
        indexes: ["ticket_number", "requestor_id", "assigned_to_team_id"],
        id: { $0.id.uuid }, isDeleted: { $0.isDeleted == true }, customFields: { $0.customFieldValues })
}
