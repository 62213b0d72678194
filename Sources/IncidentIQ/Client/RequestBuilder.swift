import Foundation

/// Turns an ``IIQOperation`` into an ``IIQHTTPRequest`` with IIQ's headers.
/// The headers every request shares are built once, when the client is made.
struct RequestBuilder: Sendable {
    private let baseURL: String
    /// The base URL without a trailing `/api/v1.0`: where raw `/services/…` and `/apps/…` paths start.
    private let tenantRoot: String
    private let commonHeaders: IIQHTTPHeaders
    private let defaultProduct: IIQProduct?
    private let timeout: Duration

    init(configuration: IIQConfiguration) {
        var base = configuration.baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        baseURL = base
        tenantRoot = base.lowercased().hasSuffix("/api/v1.0") ? String(base.dropLast("/api/v1.0".count)) : base
        commonHeaders = IIQHTTPHeaders([
            ("Authorization", "Bearer " + configuration.token.rawValue),
            ("SiteId", configuration.siteID),
            ("Client", configuration.clientHeader),
            ("Accept", "application/json"),
            ("User-Agent", configuration.userAgent),
        ])
        defaultProduct = configuration.product
        timeout = configuration.timeout
    }

    func request(for operation: IIQOperation, options: IIQRequestOptions) throws(IIQError) -> IIQHTTPRequest {
        if operation.path.contains(where: \.isEmpty) {
            throw .invalidArgument(
                IIQArgumentIssue(operation: operation.name, argument: "path parameter", reason: "is empty."))
        }
        var text = (operation.startsAtTenantRoot ? tenantRoot : baseURL) + operation.encodedPath
        if !operation.query.isEmpty {
            text +=
                "?"
                + operation.query.map { PathEncoding.encodeQuery($0.name) + "=" + PathEncoding.encodeQuery($0.value) }
                .joined(separator: "&")
        }
        guard let url = URL(string: text) else {
            throw .invalidArgument(
                IIQArgumentIssue(operation: operation.name, argument: "path", reason: "does not form a valid URL."))
        }
        var headers = commonHeaders
        if let product = options.product ?? defaultProduct {
            headers.add(name: "ProductId", value: product.headerValue)
        }
        if operation.body != nil {
            headers.add(name: "Content-Type", value: "application/json")
        }
        for header in operation.extraHeaders {
            headers.add(name: header.name, value: header.value)
        }
        return IIQHTTPRequest(
            method: operation.method, url: url, headers: headers, body: operation.body,
            timeout: options.timeout ?? timeout)
    }
}
