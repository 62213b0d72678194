/// Settings for a single call, passed as its last argument.
///
/// ```swift
/// let asset = try await client.assets.get(id, options: .init(product: .assets))
/// ```
public struct IIQRequestOptions: Sendable, Hashable {
    /// The product for this call, sent as `ProductId`; overrides ``IIQConfiguration/product``.
    public var product: IIQProduct?
    /// The timeout for this call; overrides ``IIQConfiguration/timeout``.
    public var timeout: Duration?

    /// Creates options; every setting defaults to the client's.
    public init(product: IIQProduct? = nil, timeout: Duration? = nil) {
        self.product = product
        self.timeout = timeout
    }

    /// The client's settings, unchanged.
    public static let `default` = IIQRequestOptions()
}
