/// A field whose value IIQ sent in a shape the SDK could not read, so the field reads as `nil`.
///
/// The SDK never turns a drifted value into a different one: a date of `""`, a GUID in braces, a
/// number too large for its type, an object where an array belongs. The field is `nil` and this
/// drift says where and why. It never holds the value itself, which may be personal data.
public struct IIQFieldDrift: Sendable, Hashable, CustomStringConvertible {
    /// The page of a walk the record was on (`$p`), or `nil` outside a walk.
    public var pageIndex: Int?
    /// The record's position in the page's `Items`, or `nil` for a single item.
    public var position: Int?
    /// The coding path to the field, such as `Items[3].Location.CreatedDate`.
    public var codingPath: String
    /// The type the field holds, such as `Date` or `IIQLocation`.
    public var expectedType: String
    /// What was wrong, without the value: `wrong type`, `not a valid value`, `missing key LocationId`.
    public var problem: String

    /// Creates a drift.
    public init(pageIndex: Int? = nil, position: Int? = nil, codingPath: String, expectedType: String, problem: String)
    {
        self.pageIndex = pageIndex
        self.position = position
        self.codingPath = codingPath
        self.expectedType = expectedType
        self.problem = problem
    }

    /// `page 2, Items[3].CreatedDate (Date): not a valid value, read as nil`.
    public var description: String {
        (pageIndex.map { "page \($0), " } ?? "") + "\(codingPath) (\(expectedType)): \(problem), read as nil"
    }
}
