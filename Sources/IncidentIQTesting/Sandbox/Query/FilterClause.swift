import Foundation

/// One `FilterMatch` of a search body.
struct FilterClause: Sendable, Hashable {
    /// The facet, lowercased: IIQ reads facet names without regard to case.
    var facet: String
    var id: UUID?
    var value: String?
    var isNegative: Bool

    /// The `Filters` of a search body.
    static func parse(_ body: [String: Any]) throws -> [FilterClause] {
        guard let raw = body["Filters"], !(raw is NSNull) else { return [] }
        guard let list = raw as? [Any] else {
            throw SandboxFailure.badRequest("'Filters' must be an array of FilterMatch objects.")
        }
        var clauses: [FilterClause] = []
        for element in list {
            guard let filter = element as? [String: Any], let facet = filter.string("Facet"), !facet.isEmpty else {
                throw SandboxFailure.badRequest("Every filter needs a 'Facet'.")
            }
            clauses.append(
                FilterClause(
                    facet: facet.lowercased(), id: try filter.guid("Id"), value: filter.string("Value"),
                    isNegative: filter.bool("Negative") ?? false))
        }
        return clauses
    }

    /// The clause's `Value` read as a date facet: `daterange:MM/DD/YYYY-MM/DD/YYYY`, `date>=MM/DD/YYYY`,
    /// `date<=…`, `date>…` or `date<…`, as a half-open range of UTC instants.
    func dateRange() throws -> Range<Date> {
        let day: TimeInterval = 86_400
        let text = (value ?? "").lowercased()
        let failure = SandboxFailure.badRequest(
            "The \(facet) filter value '\(value ?? "")' is not 'daterange:MM/DD/YYYY-MM/DD/YYYY' or 'date>=MM/DD/YYYY'."
        )
        if text.hasPrefix("daterange:") {
            let days = text.dropFirst("daterange:".count).split(separator: "-")
            guard days.count == 2, let start = SandboxDateFormat.facetDay(days[0]),
                let end = SandboxDateFormat.facetDay(days[1]), start <= end
            else { throw failure }
            return start..<end.addingTimeInterval(day)
        }
        for (prefix, makeRange) in Self.comparisons where text.hasPrefix(prefix) {
            guard let date = SandboxDateFormat.facetDay(text.dropFirst(prefix.count)) else { throw failure }
            return makeRange(date)
        }
        throw failure
    }

    private static let comparisons: [(String, @Sendable (Date) -> Range<Date>)] = [
        ("date>=", { $0..<Date.distantFuture }),
        ("date<=", { Date.distantPast..<$0.addingTimeInterval(86_400) }),
        ("date>", { $0.addingTimeInterval(86_400)..<Date.distantFuture }),
        ("date<", { Date.distantPast..<$0 }),
    ]
}
