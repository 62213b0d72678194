import Foundation

/// A help desk ticket.
///
/// Every property but ``id`` is optional: live tenants drop keys the spec calls required and add
/// others, which are kept in ``unknownFields``. Incident IQ runs its rules after a create, so re-read a ticket with
/// ``IIQTicketsAPI/get(_:options:)`` to see what they changed.
public struct IIQTicket: Codable, Hashable, Sendable, Identifiable {
    /// The typed id of a ticket.
    public typealias ID = IIQIdentifier<IIQTicket>

    /// The ticket's id (`TicketId`), the one key every ticket has.
    public var id: ID
    /// The ticket's history: comments, status changes and actions, oldest first, when IIQ includes
    /// them.
    public var activities: [IIQTicketActivity]?
    /// Extra answers collected when the ticket was submitted (`AdditionalDetails`), passed through
    /// untyped: IIQ does not document the shape.
    public var additionalDetails: IIQJSONValue?
    /// The groups of assets the ticket names (`AssetGroups`), passed through untyped: IIQ does not
    /// document the shape.
    public var assetGroups: [IIQJSONValue]?
    /// The assets the ticket is about, each with its tag, serial and model.
    public var assets: [IIQTicketAsset]?
    /// The team in ``assignedToTeamID``, with its name and members, when IIQ nests it.
    public var assignedToTeam: IIQTeam? {
        get { _assignedToTeam.value }
        set { _assignedToTeam = OutOfLine(newValue) }
    }
    private var _assignedToTeam = OutOfLine<IIQTeam>(nil)
    /// The id of the team working the ticket; `nil` while no team is assigned.
    public var assignedToTeamID: IIQTeam.ID?
    /// The agent the ticket is assigned to.
    public var assignedToUser: IIQTicketUser? {
        get { _assignedToUser.value }
        set { _assignedToUser = OutOfLine(newValue) }
    }
    private var _assignedToUser = OutOfLine<IIQTicketUser>(nil)
    /// The id of the agent the ticket is assigned to.
    public var assignedToUserID: IIQUser.ID?
    /// The files attached to the ticket (IIQ's `File` rows), passed through untyped.
    public var attachments: [IIQJSONValue]?
    /// The reason in ``closeReasonTypeID``, passed through untyped.
    public var closeReason: IIQJSONValue?
    /// The id of the reason the ticket was closed (`CloseReasonTypeId`), detailed in ``closeReason``;
    /// `nil` for an open ticket. A plain `UUID`: the SDK does not model close reasons.
    public var closeReasonTypeID: UUID?
    /// When the ticket was closed, in UTC; `nil` while it is open.
    public var closedDate: Date?
    /// When the ticket was created, in UTC.
    public var createdDate: Date?
    /// The ticket's custom field values, one per field that has one; ``customFields(using:)`` pairs
    /// them with their fields.
    public var customFieldValues: [IIQCustomFieldValue]?
    /// When the ticket is due, in UTC, as its SLA or an agent set it; `nil` when it has no due date.
    public var dueDate: Date?
    /// The user in ``requestorID`` (`For`), with name, role and location, when IIQ nests them.
    public var requestor: IIQTicketUser? {
        get { _requestor.value }
        set { _requestor = OutOfLine(newValue) }
    }
    private var _requestor = OutOfLine<IIQTicketUser>(nil)
    /// The id of the user the ticket is for (`ForId`): its requester, who may not be who submitted it.
    public var requestorID: IIQUser.ID?
    /// The `GuestTicketId` IIQ sends. IIQ does not document it; the name suggests the ticket a guest
    /// (someone without an account) submitted. A plain `UUID`: the SDK does not model guest tickets.
    public var guestTicketID: UUID?
    /// Whether the requester flagged the ticket as holding sensitive information, which IIQ shows to fewer people.
    public var hasSensitiveInformation: Bool?
    /// Whether the ticket is resolved or cancelled, so it leaves open queues.
    public var isClosed: Bool?
    /// Whether the ticket was deleted. Searches leave deleted tickets out unless asked for them.
    public var isDeleted: Bool?
    /// Whether an agent confirmed the issue the requester chose (`IsIssueConfirmed`).
    public var isIssueConfirmed: Bool?
    /// Whether the ticket is open after its ``dueDate``.
    public var isPastDue: Bool?
    /// Whether the ticket is training data, hidden from reports.
    public var isTraining: Bool?
    /// Whether the requester or an agent marked the ticket urgent.
    public var isUrgent: Bool?
    /// The issue in ``issueID``, with its category and type, when IIQ nests it.
    public var issue: IIQIssue? {
        get { _issue.value }
        set { _issue = OutOfLine(newValue) }
    }
    private var _issue = OutOfLine<IIQIssue>(nil)
    /// The requestor's description of the issue.
    public var issueDescription: String?
    /// The id of the issue the ticket is about, such as Broken Screen.
    public var issueID: IIQIssue.ID?
    /// The location in ``locationID``, when IIQ nests it.
    public var location: IIQLocation? {
        get { _location.value }
        set { _location = OutOfLine(newValue) }
    }
    private var _location = OutOfLine<IIQLocation>(nil)
    /// Free text about where in the location help is needed, as the requester typed it.
    public var locationDetails: String?
    /// The id of the location (school or building) the ticket is for.
    public var locationID: IIQLocation.ID?
    /// The room in ``locationRoomID``, when IIQ nests it.
    public var locationRoom: IIQRoom? {
        get { _locationRoom.value }
        set { _locationRoom = OutOfLine(newValue) }
    }
    private var _locationRoom = OutOfLine<IIQRoom>(nil)
    /// The id of the room the ticket is for, within ``locationID``.
    public var locationRoomID: IIQRoom.ID?
    /// The location types the ticket refers to (`LocationTypes`). IIQ does not document when it
    /// fills this.
    public var locationTypes: [IIQLocationType]?
    /// The locations the ticket refers to (`Locations`). IIQ does not document when it fills this.
    public var locations: [IIQLocation]?
    /// Metadata IIQ attaches; passed through untyped.
    public var meta: IIQJSONValue?
    /// When the ticket was last changed, in UTC.
    public var modifiedDate: Date?
    /// The overall score the requester gave in the satisfaction survey; `nil` until they answer.
    /// IIQ does not document the scale.
    public var overallSurveyRating: Int?
    /// The user who submitted the ticket.
    public var owner: IIQTicketUser? {
        get { _owner.value }
        set { _owner = OutOfLine(newValue) }
    }
    private var _owner = OutOfLine<IIQTicketUser>(nil)
    /// The id of the user who submitted the ticket.
    public var ownerID: IIQUser.ID?
    /// The priority as a number.
    public var priority: Int?
    /// The priority band ``priority`` falls in, such as High, with its colour.
    public var priorityLevel: IIQPriorityLevel?
    /// The id of the product (module) the ticket belongs to (`ProductId`), such as Ticketing's;
    /// ``IIQProduct/init(id:)`` turns it into the product to scope calls with.
    public var productID: IIQProduct.ID?
    /// The roles the ticket refers to (`Roles`). IIQ does not document when it fills this.
    public var roles: [IIQRole]?
    /// The site in ``siteID``, passed through untyped; ``IIQClient/me(options:)`` reads the site as
    /// a model.
    public var site: IIQJSONValue?
    /// The id of the site (the district's tenant) the ticket belongs to (`SiteId`).
    public var siteID: IIQSite.ID?
    /// The service-level agreement in ``slaID``, with its targets, passed through untyped.
    public var sla: IIQJSONValue?
    /// The id of the service-level agreement the ticket is measured against (`SlaId`), detailed
    /// in ``sla``. A plain `UUID`: the SDK does not model SLAs.
    public var slaID: UUID?
    /// How the ticket came in, as IIQ numbers sources.
    public var sourceID: Int?
    /// When work on the ticket started, in UTC.
    public var startedDate: Date?
    /// The subject line.
    public var subject: String?
    /// The id of the satisfaction survey sent about the ticket (`SurveyId`). A plain `UUID`: the
    /// SDK does not model surveys.
    public var surveyID: UUID?
    /// The id of the answer to that survey (`SurveyResponseId`), once someone has answered. A
    /// plain `UUID`: the SDK does not model surveys.
    public var surveyResponseID: UUID?
    /// The id of the user the satisfaction survey went to (`SurveyUserId`), usually the requester.
    public var surveyUserID: IIQUser.ID?
    /// The tags on the ticket.
    public var tags: [IIQTag]?
    /// The teams the ticket refers to (`Teams`). IIQ does not document when it fills this.
    public var teams: [IIQTeam]?
    /// The ids of teams who follow the ticket.
    public var ticketFollowerTeamIDs: [IIQTeam.ID]?
    /// The ids of users who follow the ticket.
    public var ticketFollowerUserIDs: [IIQUser.ID]?
    /// The number people see, such as `39181`.
    public var ticketNumber: IIQTicketNumber?
    /// The status name, as queue rows carry it flat.
    public var ticketStatusName: String?
    /// The id of the template the ticket was made from (`TicketTemplateId`). A plain `UUID`: the
    /// SDK does not model ticket templates.
    public var ticketTemplateID: UUID?
    /// The id of the ticket wizard the ticket was submitted through (`TicketWizardCategoryId`, the
    /// key of IIQ's `TicketWizard`). A plain `UUID`: the SDK does not model ticket wizards.
    public var ticketWizardCategoryID: UUID?
    /// What the token's user may do with the ticket (`UserPermissions`), passed through untyped:
    /// IIQ does not document the shape.
    public var userPermissions: IIQJSONValue?
    /// The users the ticket refers to (`Users`). IIQ does not document when it fills this.
    public var users: [IIQUser]?
    /// The workflow step: the ticket's status.
    public var workflowStep: IIQWorkflowStep? {
        get { _workflowStep.value }
        set { _workflowStep = OutOfLine(newValue) }
    }
    private var _workflowStep = OutOfLine<IIQWorkflowStep>(nil)
    /// The id of the workflow step: the ticket's status.
    public var workflowStepID: IIQWorkflowStep.ID?

    /// Creates a ticket with only its id set; set other properties as needed.
    public init(id: ID) {
        self.id = id
    }

    /// The keys IIQ sent that this model has no property for, with their values, so nothing a
    /// tenant adds is lost. See ``IIQUnknownFields``.
    public var unknownFields = IIQUnknownFields()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id = "TicketId"
        case activities = "Activities"
        case additionalDetails = "AdditionalDetails"
        case assetGroups = "AssetGroups"
        case assets = "Assets"
        case _assignedToTeam = "AssignedToTeam"
        case assignedToTeamID = "AssignedToTeamId"
        case _assignedToUser = "AssignedToUser"
        case assignedToUserID = "AssignedToUserId"
        case attachments = "Attachments"
        case closeReason = "CloseReason"
        case closeReasonTypeID = "CloseReasonTypeId"
        case closedDate = "ClosedDate"
        case createdDate = "CreatedDate"
        case customFieldValues = "CustomFieldValues"
        case dueDate = "DueDate"
        case _requestor = "For"
        case requestorID = "ForId"
        case guestTicketID = "GuestTicketId"
        case hasSensitiveInformation = "HasSensitiveInformation"
        case isClosed = "IsClosed"
        case isDeleted = "IsDeleted"
        case isIssueConfirmed = "IsIssueConfirmed"
        case isPastDue = "IsPastDue"
        case isTraining = "IsTraining"
        case isUrgent = "IsUrgent"
        case _issue = "Issue"
        case issueDescription = "IssueDescription"
        case issueID = "IssueId"
        case _location = "Location"
        case locationDetails = "LocationDetails"
        case locationID = "LocationId"
        case _locationRoom = "LocationRoom"
        case locationRoomID = "LocationRoomId"
        case locationTypes = "LocationTypes"
        case locations = "Locations"
        case meta = "Meta"
        case modifiedDate = "ModifiedDate"
        case overallSurveyRating = "OverallSurveyRating"
        case _owner = "Owner"
        case ownerID = "OwnerId"
        case priority = "Priority"
        case priorityLevel = "PriorityLevel"
        case productID = "ProductId"
        case roles = "Roles"
        case site = "Site"
        case siteID = "SiteId"
        case sla = "Sla"
        case slaID = "SlaId"
        case sourceID = "SourceId"
        case startedDate = "StartedDate"
        case subject = "Subject"
        case surveyID = "SurveyId"
        case surveyResponseID = "SurveyResponseId"
        case surveyUserID = "SurveyUserId"
        case tags = "Tags"
        case teams = "Teams"
        case ticketFollowerTeamIDs = "TicketFollowerTeamIds"
        case ticketFollowerUserIDs = "TicketFollowerUserIds"
        case ticketNumber = "TicketNumber"
        case ticketStatusName = "TicketStatusName"
        case ticketTemplateID = "TicketTemplateId"
        case ticketWizardCategoryID = "TicketWizardCategoryId"
        case userPermissions = "UserPermissions"
        case users = "Users"
        case _workflowStep = "WorkflowStep"
        case workflowStepID = "WorkflowStepId"
        case unknownFields = "$unknownFields"
    }
}

extension IIQTicket: IdentifiedRecord {
    static var idKey: String { CodingKeys.id.stringValue }
}
