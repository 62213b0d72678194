import Foundation

/// How one kind of record is filtered and sorted.
struct SearchRules<Record: SandboxRecord> {
    /// Whether a record matches a clause of a facet, by facet name.
    var facets: [String: (Record, FilterClause) throws -> Bool]
    /// The sort keys by `$o` field name, lowercased.
    var sortKeys: [String: (Record) -> SortKey]
}

/// A value to sort by.
enum SortKey: Comparable {
    case text(String)
    case date(Date)
    case number(Int)
}

/// Runs a search: the body's filters, `$o`/`$d` order and `$s`/`$p` page.
struct SandboxSearch {
    var filters: [FilterClause]
    var sortField: String?
    var descending: Bool
    var pageSize: Int
    var pageIndex: Int

    init(_ request: SandboxRequest, defaultPageSize: Int = 100) throws {
        filters = try FilterClause.parse(try request.jsonObject())
        pageSize = try Self.integer(request.query["$s"], "$s", default: defaultPageSize, minimum: 1)
        pageIndex = try Self.integer(request.query["$p"], "$p", default: 0, minimum: 0)
        var field = request.query["$o"]?.trimmingCharacters(in: .whitespaces)
        var descending = request.query["$d"]?.lowercased().hasPrefix("desc") ?? false
        if let text = field, let space = text.lastIndex(of: " ") {
            let direction = text[text.index(after: space)...].lowercased()
            if direction == "asc" || direction == "desc" {
                descending = direction == "desc"
                field = String(text[..<space])
            }
        }
        self.sortField = field.flatMap { $0.isEmpty ? nil : $0 }
        self.descending = descending
    }

    /// The rows of `records` that pass `include` and every facet, in the asked order.
    func matches<Record>(_ records: [Record], rules: SearchRules<Record>, include: (Record) -> Bool)
        throws -> [Record]
    {
        var groups: [String: [FilterClause]] = [:]
        for clause in filters {
            guard rules.facets[clause.facet] != nil else {
                throw SandboxFailure.badRequest(
                    "The sandbox does not support the '\(clause.facet)' facet here. Supported: "
                        + rules.facets.keys.sorted().joined(separator: ", ") + ".")
            }
            groups[clause.facet, default: []].append(clause)
        }
        var result: [Record] = []
        for record in records where include(record) {
            if try passes(record, groups, rules) { result.append(record) }
        }
        guard let sortField else { return result }
        guard let key = rules.sortKeys[sortField.lowercased()] else {
            throw SandboxFailure.badRequest(
                "'\(sortField)' is not a sort field here. Supported: "
                    + rules.sortKeys.keys.sorted().joined(separator: ", ")
                    + ".")
        }
        let keyed = result.enumerated().map { (key: key($0.element), offset: $0.offset, record: $0.element) }
        let descending = self.descending
        return keyed.sorted { left, right in
            if left.key != right.key { return descending ? left.key > right.key : left.key < right.key }
            return left.offset < right.offset
        }.map(\.record)
    }

    /// Several clauses of one facet are OR'ed, different facets AND'ed; a negative clause excludes.
    private func passes<Record>(_ record: Record, _ groups: [String: [FilterClause]], _ rules: SearchRules<Record>)
        throws -> Bool
    {
        for (facet, clauses) in groups {
            guard let test = rules.facets[facet] else { continue }
            var anyPositive = false
            var positiveMatched = false
            for clause in clauses {
                let matched = try test(record, clause)
                if clause.isNegative {
                    if matched { return false }
                } else {
                    anyPositive = true
                    if matched { positiveMatched = true }
                }
            }
            if anyPositive && !positiveMatched { return false }
        }
        return true
    }

    /// One page of `rows`, rendered, in a list envelope.
    func page<Record>(_ rows: [Record], render: (Record) -> SandboxJSON) -> SandboxReply {
        let start = min(
            rows.count, pageIndex.multipliedReportingOverflow(by: pageSize).overflow ? rows.count : pageIndex * pageSize
        )
        let end = min(rows.count, start + pageSize)
        return .page(rows[start..<end].map(render), index: pageIndex, size: pageSize, totalRows: rows.count)
    }

    private static func integer(_ text: String?, _ name: String, default value: Int, minimum: Int)
        throws -> Int
    {
        guard let text else { return value }
        guard let number = Int(text), number >= minimum else {
            throw SandboxFailure.badRequest(
                "'\(name)' must be a whole number of at least \(minimum); it was '\(text)'.")
        }
        return number
    }
}

/// Facet tests shared by every kind of record.
enum Facet {
    /// Matches when the clause's `Id` is `id`.
    static func id(_ id: UUID?, _ clause: FilterClause) -> Bool { clause.id != nil && clause.id == id }

    /// Matches when `date` lies in the clause's date range.
    static func date(_ date: Date, _ clause: FilterClause) throws -> Bool {
        try clause.dateRange().contains(date)
    }

    /// Matches on `Id`, or on `Value` against `name` without regard to case.
    static func idOrName(_ id: UUID?, _ name: String?, _ clause: FilterClause) -> Bool {
        if let wanted = clause.id { return wanted == id }
        guard let value = clause.value, let name else { return false }
        return value.caseInsensitiveCompare(name) == .orderedSame
    }
}
