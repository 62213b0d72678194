/// A ticket to open with ``IIQTicketsAPI/create(_:options:)``.
///
/// IIQ needs a requestor, a location, an issue and a subject; the SDK checks them before sending.
public struct IIQNewTicket: Hashable, Sendable, Encodable {
    /// The user the ticket is for (`ForId`).
    public var requestorID: IIQUser.ID?
    /// Where the problem is (`LocationId`).
    public var locationID: IIQLocation.ID?
    /// What the problem is (`IssueId`).
    public var issueID: IIQIssue.ID?
    /// The subject line.
    public var subject: String?
    /// The description of the problem.
    public var issueDescription: String?
    /// The room (`LocationRoomId`).
    public var locationRoomID: IIQRoom.ID?
    /// The assets the ticket is about.
    public var assetIDs: [IIQAsset.ID]
    /// Whether to mark the ticket urgent (`IsUrgent`); IIQ's default, not urgent, when `nil`.
    public var isUrgent: Bool?
    /// Whether the ticket holds sensitive information.
    public var hasSensitiveInformation: Bool?
    /// Whether the ticket is training data.
    public var isTraining: Bool?
    /// The product (`ProductId`); Ticketing when unset.
    public var product: IIQProduct?
    /// Values for the ticket's custom fields, sent with the ticket (`CustomFieldValues`).
    public var customFieldValues: [IIQCustomFieldValue]?

    /// Creates a ticket with what IIQ requires.
    public init(
        requestor: IIQUser.ID, location: IIQLocation.ID, issue: IIQIssue.ID, subject: String,
        description: String? = nil, assets: [IIQAsset.ID] = []
    ) {
        self.requestorID = requestor
        self.locationID = location
        self.issueID = issue
        self.subject = subject
        self.issueDescription = description
        self.assetIDs = assets
    }

    private struct AssetReference: Encodable {
        var assetID: IIQAsset.ID
        enum CodingKeys: String, CodingKey { case assetID = "AssetId" }
    }

    enum CodingKeys: String, CodingKey {
        case requestorID = "ForId"
        case locationID = "LocationId"
        case issueID = "IssueId"
        case subject = "Subject"
        case issueDescription = "IssueDescription"
        case locationRoomID = "LocationRoomId"
        case assets = "Assets"
        case isUrgent = "IsUrgent"
        case hasSensitiveInformation = "HasSensitiveInformation"
        case isTraining = "IsTraining"
        case productID = "ProductId"
        case sourceID = "SourceId"
        case customFieldValues = "CustomFieldValues"
    }

    /// Writes what is set, plus `SourceId: 1` (API) and the linked assets.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(requestorID, forKey: .requestorID)
        try container.encodeIfPresent(locationID, forKey: .locationID)
        try container.encodeIfPresent(issueID, forKey: .issueID)
        try container.encodeIfPresent(subject, forKey: .subject)
        try container.encodeIfPresent(issueDescription, forKey: .issueDescription)
        try container.encodeIfPresent(locationRoomID, forKey: .locationRoomID)
        if !assetIDs.isEmpty {
            try container.encode(assetIDs.map(AssetReference.init), forKey: .assets)
        }
        try container.encodeIfPresent(isUrgent, forKey: .isUrgent)
        try container.encodeIfPresent(hasSensitiveInformation, forKey: .hasSensitiveInformation)
        try container.encodeIfPresent(isTraining, forKey: .isTraining)
        try container.encode((product ?? .ticketing).headerValue, forKey: .productID)
        try container.encode(1, forKey: .sourceID)
        try container.encodeIfPresent(customFieldValues, forKey: .customFieldValues)
    }

    func validated(_ operation: String) throws(IIQError) -> IIQNewTicket {
        let check = ArgumentCheck(operation: operation)
        _ = try check.require(requestorID, "requestor")
        _ = try check.require(locationID, "location")
        _ = try check.require(issueID, "issue")
        _ = try check.requireText(subject, "subject")
        return self
    }
}
