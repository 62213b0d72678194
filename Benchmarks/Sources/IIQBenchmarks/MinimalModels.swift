// swift-format-ignore-file: AlwaysUseLowerCamelCase

// The Codable types here spell Incident IQ's PascalCase wire names as their property names on purpose,
// as a caller's own plain type does (no CodingKeys), which is what these tests and baselines exercise.
import Foundation

// What a user would write without the SDK: small Codable structs of 25 fields, strings for ids and
// dates, decoded with a plain JSONDecoder. The baseline for page decoding and the raw HTTP loop.

struct MinimalPage<Item: Decodable>: Decodable {
    struct Paging: Decodable {
        var TotalRows: Int
        var PageCount: Int
    }
    var Items: [Item]
    var Paging: Paging?
}

struct MinimalAsset: Decodable {
    var AssetId: String
    var SiteId: String?
    var ProductId: String?
    var AssetTag: String?
    var SerialNumber: String?
    var Name: String?
    var ExternalId: String?
    var AssetTypeId: String?
    var AssetTypeName: String?
    var StatusTypeId: String?
    var ModelId: String?
    var CategoryId: String?
    var OwnerId: String?
    var PreviousOwnerId: String?
    var LocationId: String?
    var LocationRoomId: String?
    var HasOpenTickets: Bool?
    var OpenTickets: Int?
    var IsDeleted: Bool?
    var CreatedDate: String?
    var ModifiedDate: String?
    var PurchasedDate: String?
    var WarrantyExpirationDate: String?
    var PurchasePrice: Double?
    var Vendor: String?
}

struct MinimalTicket: Decodable {
    var TicketId: String
    var TicketNumber: String?
    var Subject: String?
    var IssueDescription: String?
    var SiteId: String?
    var ProductId: String?
    var CreatedDate: String?
    var ModifiedDate: String?
    var ClosedDate: String?
    var DueDate: String?
    var IsClosed: Bool?
    var IsDeleted: Bool?
    var IsUrgent: Bool?
    var Priority: Int?
    var OwnerId: String?
    var ForId: String?
    var AssignedToUserId: String?
    var AssignedToTeamId: String?
    var LocationId: String?
    var LocationRoomId: String?
    var IssueId: String?
    var WorkflowStepId: String?
    var TicketStatusName: String?
    var SourceId: Int?
    var HasSensitiveInformation: Bool?
}

struct MinimalUser: Decodable {
    var UserId: String
    var SiteId: String?
    var Name: String?
    var FirstName: String?
    var LastName: String?
    var Email: String?
    var Username: String?
    var Phone: String?
    var SchoolIdNumber: String?
    var ExternalId: String?
    var Grade: String?
    var Homeroom: String?
    var IsActive: Bool?
    var IsDeleted: Bool?
    var IsOnline: Bool?
    var CreatedDate: String?
    var ModifiedDate: String?
    var RoleId: String?
    var LocationId: String?
    var LocationName: String?
    var Portal: Int?
    var AccountSetupProgress: Int?
    var TrainingPercentComplete: Int?
    var InternalComments: String?
    var AuthenticatedBy: String?
}
