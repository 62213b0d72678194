/// What the SDK does with a record it cannot decode, or a field it cannot read.
///
/// By default (``lenient``) a bad record is skipped and a bad field reads as `nil`; both are reported
/// on the page (``IIQPage/skipped``, ``IIQPage/drifts``), to ``IIQConfiguration/logHandler`` and to
/// an ``IIQWalkSummary``. Set it for a client (``IIQConfiguration/decodingPolicy``) or for one call
/// (``IIQRequestOptions/decodingPolicy``).
public struct IIQDecodingPolicy: Sendable, Hashable {
    /// Whether a record that would be skipped fails the call with ``IIQError/Code/decoding`` instead.
    public var failsOnSkippedRecord: Bool
    /// Whether a field that would read as `nil` fails the call with ``IIQError/Code/decoding`` instead.
    public var failsOnFieldDrift: Bool

    /// Creates a policy.
    public init(failsOnSkippedRecord: Bool = false, failsOnFieldDrift: Bool = false) {
        self.failsOnSkippedRecord = failsOnSkippedRecord
        self.failsOnFieldDrift = failsOnFieldDrift
    }

    /// Skip bad records and read bad fields as `nil`, reporting both. The default.
    public static let lenient = IIQDecodingPolicy()
    /// Fail the call on a record that would be skipped; bad fields still read as `nil` and are reported.
    public static let strict = IIQDecodingPolicy(failsOnSkippedRecord: true)
    /// Fail the call on a skipped record or on any field that would read as `nil`.
    public static let strictFields = IIQDecodingPolicy(failsOnSkippedRecord: true, failsOnFieldDrift: true)
}
