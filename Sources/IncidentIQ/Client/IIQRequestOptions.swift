/// Settings for a single call, passed as its last argument.
///
/// ```swift
/// let asset = try await client.assets.get(id, options: .init(product: .assets))
/// ```
public struct IIQRequestOptions: Sendable, Hashable {
    /// The product for this call, sent as `ProductId`; overrides ``IIQConfiguration/product``.
    public var product: IIQProduct?
    /// The timeout for each request of this call; overrides ``IIQConfiguration/timeout``.
    public var timeout: Duration?
    /// The retry policy for this call; overrides ``IIQConfiguration/retryPolicy``.
    public var retryPolicy: IIQRetryPolicy?
    /// The deadline for this call, all attempts included; overrides ``IIQConfiguration/deadline``.
    public var deadline: Duration?
    /// Retries this call even though it is a create, update or action, which IIQ could apply twice.
    /// Set it only when a duplicate is harmless. Defaults to `false`.
    public var retriesUnsafeOperation: Bool
    /// What this call does with a record it cannot decode or a field it cannot read; overrides
    /// ``IIQConfiguration/decodingPolicy``.
    public var decodingPolicy: IIQDecodingPolicy?
    /// For a search or list walk: the most requests it keeps on the wire at once; overrides
    /// ``IIQConfiguration/pageConcurrency``. 1 asks for one page at a time.
    public var pageConcurrency: Int?

    /// Creates options; every setting defaults to the client's.
    public init(
        product: IIQProduct? = nil, timeout: Duration? = nil, retryPolicy: IIQRetryPolicy? = nil,
        deadline: Duration? = nil, retriesUnsafeOperation: Bool = false, decodingPolicy: IIQDecodingPolicy? = nil,
        pageConcurrency: Int? = nil
    ) {
        self.pageConcurrency = pageConcurrency
        self.product = product
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.deadline = deadline
        self.retriesUnsafeOperation = retriesUnsafeOperation
        self.decodingPolicy = decodingPolicy
    }

    /// The client's settings, unchanged.
    public static let `default` = IIQRequestOptions()
}
