/// Who a ticket is assigned to, for ``IIQTicketsAPI/assign(_:to:options:)``.
public enum IIQAssignee: Hashable, Sendable {
    /// An agent (`AssignToUserId`).
    case agent(IIQUser.ID)
    /// A team (`AssignToTeamId`).
    case team(IIQTeam.ID)
    /// An agent on a team.
    case agentOnTeam(IIQUser.ID, IIQTeam.ID)

    var agent: IIQUser.ID? {
        switch self {
        case .agent(let agent), .agentOnTeam(let agent, _): agent
        case .team: nil
        }
    }

    var team: IIQTeam.ID? {
        switch self {
        case .team(let team), .agentOnTeam(_, let team): team
        case .agent: nil
        }
    }
}
