import Foundation

/// Users, roles and teams as IIQ sends them.
extension SandboxStore {
    static let ticketingProductID = UUID(uuidString: "88df910c-91aa-e711-80c2-0004ffa00010") ?? SandboxIDs.empty
    static let assetsProductID = UUID(uuidString: "88df910c-91aa-e711-80c2-0004ffa00050") ?? SandboxIDs.empty

    /// A `User`.
    func json(user: UserRecord) -> SandboxJSON {
        let role = roles[user.roleID]
        let location = locations[user.locationID]
        return .object([
            ("UserId", .id(user.id)), ("SiteId", .id(siteID)), ("ProductId", .id(Self.ticketingProductID)),
            ("Name", .string(user.fullName)), ("FirstName", .string(user.firstName)),
            ("LastName", .string(user.lastName)), ("Email", .string(user.email)), ("Username", .string(user.username)),
            ("Phone", .text(user.phone)), ("SchoolIdNumber", .text(user.schoolIDNumber)),
            ("ExternalId", .text(user.externalID)), ("Grade", .text(user.grade)), ("Homeroom", .text(user.homeroom)),
            ("AuthenticatedBy", .string("Google")), ("IsActive", .bool(user.isActive)),
            ("IsDeleted", .bool(user.isDeleted)), ("IsOnline", .bool(false)),
            ("IsOnlineLastUpdated", .date(user.modified)), ("IsOutOfOffice", .bool(false)),
            ("IsEmailVerified", .bool(true)), ("IsWelcomeEmailSent", .bool(true)),
            ("PreventProviderUpdates", .bool(false)), ("CreatedDate", .date(user.created)),
            ("ModifiedDate", .date(user.modified)), ("RoleId", .id(user.roleID)),
            ("Role", role.map(json(role:)) ?? .null), ("LocationId", .id(user.locationID)),
            ("LocationName", .text(location?.name)), ("Location", location.map(json(locationSummary:)) ?? .null),
            ("Portal", .int(role?.portal ?? 1)), ("AccountSetupProgress", .int(100)),
            ("TrainingPercentComplete", .int(agentIDs.contains(user.id) ? 100 : 0)),
            ("InternalComments", .text(user.internalComments)),
            ("CustomFieldValues", customFields(user.customFields, owner: ("UserId", user.id))),
        ])
    }

    /// A `Role`.
    func json(role: RoleRecord) -> SandboxJSON {
        .object([("RoleId", .id(role.id)), ("Name", .string(role.name)), ("Portal", .int(role.portal))])
    }

    /// A `SimpleUser`, as assets nest their owner.
    func json(simpleUser id: UUID?) -> SandboxJSON {
        guard let user = users[id] else { return .null }
        return .object([
            ("UserId", .id(user.id)), ("Name", .string(user.fullName)), ("FullName", .string(user.fullName)),
            ("FirstName", .string(user.firstName)), ("LastName", .string(user.lastName)),
            ("Email", .string(user.email)), ("Username", .string(user.username)),
            ("SchoolIdNumber", .text(user.schoolIDNumber)), ("Grade", .text(user.grade)), ("RoleId", .id(user.roleID)),
            ("RoleName", .text(roles[user.roleID]?.name)), ("LocationId", .id(user.locationID)),
            ("IsOnline", .bool(false)),
        ])
    }

    /// A `TicketUser`, as tickets nest their requestor, owner and agent.
    func json(ticketUser id: UUID?, relationship: String) -> SandboxJSON {
        guard let user = users[id] else { return .null }
        return .object([
            ("UserId", .id(user.id)), ("Name", .string(user.fullName)), ("FirstName", .string(user.firstName)),
            ("LastName", .string(user.lastName)), ("Email", .string(user.email)), ("RoleId", .id(user.roleID)),
            ("LocationId", .id(user.locationID)), ("SchoolIdNumber", .text(user.schoolIDNumber)),
            ("IsOnline", .bool(false)), ("Relationship", .string(relationship)),
        ])
    }

    /// A `Team`.
    func json(team: TeamRecord?) -> SandboxJSON {
        guard let team else { return .null }
        return .object([
            ("TeamId", .id(team.id)), ("TeamName", .string(team.name)), ("MembersCount", .int(team.memberIDs.count)),
            ("MemberIds", .array(team.memberIDs.map { .id($0) })),
        ])
    }

    /// Custom field values, each naming its owner (`AssetId`, `TicketId` or `UserId`).
    func customFields(_ values: [UUID: String], owner: (key: String, id: UUID)) -> SandboxJSON {
        .array(
            // By the GUIDs' bytes, which is the order of their hex text, without formatting them.
            values.sorted { SandboxIDs.precedes($0.key, $1.key) }.map {
                customFieldValue($0.key, $0.value, owner: owner)
            })
    }
}
