/// Why a response could not be decoded. Never contains field values.
public struct IIQDecodingFailure: Sendable, Hashable {
    /// What was called.
    public var request: IIQRequestSummary
    /// The coding path to the failing value, such as `Items[3].CreatedDate`.
    public var codingPath: String
    /// The type that was expected there.
    public var expectedType: String
    /// What went wrong, without values: `missing key`, `wrong type`, `corrupt data`.
    public var problem: String

    /// Creates a failure.
    public init(request: IIQRequestSummary, codingPath: String, expectedType: String, problem: String) {
        self.request = request
        self.codingPath = codingPath
        self.expectedType = expectedType
        self.problem = problem
    }
}
