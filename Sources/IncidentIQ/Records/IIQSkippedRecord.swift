/// A record of a list that could not be decoded at all, so it was left out and the rest of its page
/// kept.
///
/// Only a record without a readable id of its own (or one that is not an object) is skipped: any
/// other field that cannot be read is `nil` and reported as an ``IIQFieldDrift``. Set
/// ``IIQDecodingPolicy/strict`` to fail instead.
public struct IIQSkippedRecord: Sendable, Hashable, CustomStringConvertible {
    /// The page of a walk the record was on (`$p`), or `nil` outside a walk.
    public var pageIndex: Int?
    /// The record's position in the page's `Items`, from 0.
    public var position: Int
    /// The record's id (`AssetId`, `TicketId`, …) as IIQ sent it, when it is readable text.
    public var id: String?
    /// The coding path to what failed, such as `Items[3].AssetId`.
    public var codingPath: String
    /// What was wrong, without values: `missing key`, `wrong type`, `not a valid value`.
    public var problem: String

    /// Creates a skipped record.
    public init(pageIndex: Int? = nil, position: Int, id: String? = nil, codingPath: String, problem: String) {
        self.pageIndex = pageIndex
        self.position = position
        self.id = id
        self.codingPath = codingPath
        self.problem = problem
    }

    /// `page 2, Items[3] (id 1f0…): skipped, Items[3].AssetId: missing key`.
    public var description: String {
        (pageIndex.map { "page \($0), " } ?? "") + "Items[\(position)]" + (id.map { " (id \($0))" } ?? "")
            + ": skipped, \(codingPath): \(problem)"
    }
}
