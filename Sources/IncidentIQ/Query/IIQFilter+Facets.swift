import Foundation

extension IIQFilter {
    /// Tickets, assets or users at a location (`location`).
    public static func location(_ id: IIQLocation.ID) -> IIQFilter { IIQFilter(facet: "location", id: id.uuid) }
    /// Assets of a type (`assettype`).
    public static func assetType(_ id: IIQAssetType.ID) -> IIQFilter { IIQFilter(facet: "assettype", id: id.uuid) }
    /// Tickets about an asset (`asset`).
    public static func asset(_ id: IIQAsset.ID) -> IIQFilter { IIQFilter(facet: "asset", id: id.uuid) }
    /// Tickets a user requested (`user`).
    public static func requestor(_ id: IIQUser.ID) -> IIQFilter { IIQFilter(facet: "user", id: id.uuid) }
    /// Tickets assigned to an agent (`agent`).
    public static func agent(_ id: IIQUser.ID) -> IIQFilter { IIQFilter(facet: "agent", id: id.uuid) }
    /// Tickets assigned to a team (`team`).
    public static func team(_ id: IIQTeam.ID) -> IIQFilter { IIQFilter(facet: "team", id: id.uuid) }
    /// Open or closed tickets (`ticketstate`).
    public static func ticketState(_ state: IIQTicketState) -> IIQFilter {
        IIQFilter(facet: "ticketstate", id: state.id)
    }
    /// The ticket with a number (`ticketnumber`).
    public static func ticketNumber(_ number: IIQTicketNumber) -> IIQFilter {
        IIQFilter(facet: "ticketnumber", value: number.rawValue)
    }
    /// Tickets with an issue category (`issuecategory`).
    public static func issueCategory(_ id: IIQIssueCategory.ID) -> IIQFilter {
        IIQFilter(facet: "issuecategory", id: id.uuid)
    }
    /// Tickets with a tag (`tag`).
    public static func tag(_ id: IIQTag.ID) -> IIQFilter { IIQFilter(facet: "tag", id: id.uuid) }
    /// The entities in a saved view (`view`, selected).
    public static func view(_ id: IIQView.ID) -> IIQFilter { IIQFilter(facet: "view", id: id.uuid, isSelected: true) }
    /// Users with a role (`role`).
    public static func role(_ id: IIQRole.ID) -> IIQFilter { IIQFilter(facet: "role", id: id.uuid) }
    /// Assets with a status (`status`, by id).
    public static func status(_ id: IIQAssetStatus.ID) -> IIQFilter { IIQFilter(facet: "status", id: id.uuid) }
    /// Assets with a status name, such as `Available` (`status`, by value).
    public static func status(named name: String) -> IIQFilter { IIQFilter(facet: "status", value: name) }
    /// Assets of a model (`model`).
    public static func model(_ id: IIQAssetModel.ID) -> IIQFilter { IIQFilter(facet: "model", id: id.uuid) }
    /// Assets from a manufacturer (`manufacturer`).
    public static func manufacturer(_ id: IIQManufacturer.ID) -> IIQFilter {
        IIQFilter(facet: "manufacturer", id: id.uuid)
    }

    /// Entities created on the days from `start` through `end`, as IIQ's
    /// `daterange:MM/DD/YYYY-MM/DD/YYYY`, reading the days in `timeZone`.
    public static func created(from start: Date, through end: Date, in timeZone: TimeZone = .gmt) -> IIQFilter {
        IIQFilter(facet: "createddate", value: dateRange(start, end, timeZone))
    }

    /// Entities modified on the days from `start` through `end`; see ``created(from:through:in:)``.
    public static func modified(from start: Date, through end: Date, in timeZone: TimeZone = .gmt) -> IIQFilter {
        IIQFilter(facet: "modifieddate", value: dateRange(start, end, timeZone))
    }

    /// Entities created on or after the day of `date`, as IIQ's `date>=MM/DD/YYYY`.
    public static func created(since date: Date, in timeZone: TimeZone = .gmt) -> IIQFilter {
        IIQFilter(facet: "createddate", value: "date>=" + day(date, timeZone))
    }

    /// Entities modified on or after the day of `date`, as IIQ's `date>=MM/DD/YYYY`.
    public static func modified(since date: Date, in timeZone: TimeZone = .gmt) -> IIQFilter {
        IIQFilter(facet: "modifieddate", value: "date>=" + day(date, timeZone))
    }

    private static func dateRange(_ start: Date, _ end: Date, _ timeZone: TimeZone) -> String {
        let (first, last) = start <= end ? (start, end) : (end, start)
        return "daterange:" + day(first, timeZone) + "-" + day(last, timeZone)
    }

    /// `MM/DD/YYYY` of `date` in `timeZone`.
    static func day(_ date: Date, _ timeZone: TimeZone) -> String {
        let shifted = date.addingTimeInterval(TimeInterval(timeZone.secondsFromGMT(for: date)))
        let days = Int((shifted.timeIntervalSince1970 / 86_400).rounded(.down))
        let (year, month, day) = IIQDateParser.civilFromDays(days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(month))/\(two(day))/\(year)"
    }
}

/// Open or closed, as the `ticketstate` facet reads it.
public enum IIQTicketState: Sendable, Hashable, CaseIterable {
    /// Open tickets: the all-zero GUID.
    case open
    /// Closed tickets: `11111111-1111-1111-1111-111111111111`.
    case closed

    /// The GUID IIQ uses for the state.
    public var id: UUID {
        switch self {
        case .open: UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
        case .closed:
            UUID(uuid: (0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11))
        }
    }
}
