import Foundation

extension IIQConfiguration {
    /// The environment variables ``fromEnvironment(_:)`` reads.
    public enum EnvironmentKey {
        /// `IIQ_API_TOKEN`: the API token. Required.
        public static let token = "IIQ_API_TOKEN"
        /// `IIQ_SITE_ID`: the SiteId GUID. Optional; read from the token when absent.
        public static let siteID = "IIQ_SITE_ID"
        /// `IIQ_BASE_URL`: the tenant origin or API base URL. Optional; read from the token when absent.
        public static let baseURL = "IIQ_BASE_URL"
        /// `IIQ_PRODUCT_ID`: a product GUID or key such as `iiqassets`. Optional.
        public static let product = "IIQ_PRODUCT_ID"
        /// `IIQ_TIMEOUT`: the request timeout in seconds. Optional.
        public static let timeout = "IIQ_TIMEOUT"
        /// `IIQ_ALLOW_INSECURE_LOOPBACK`: `1` or `true` allows http to a loopback host. Optional.
        public static let allowsInsecureLoopback = "IIQ_ALLOW_INSECURE_LOOPBACK"
        /// `1` lets `IIQ_BASE_URL` name another host than the token's tenant, for a proxy.
        public static let allowsBaseURLOverride = "IIQ_BASE_URL_OVERRIDE"
    }

    /// Creates a configuration from environment variables.
    ///
    /// `IIQ_API_TOKEN` is required. `IIQ_SITE_ID`, `IIQ_BASE_URL`, `IIQ_PRODUCT_ID`, `IIQ_TIMEOUT` and
    /// `IIQ_ALLOW_INSECURE_LOOPBACK` are optional; an empty value, `IIQ_API_TOKEN` included, counts as
    /// unset. `IIQ_TIMEOUT` takes seconds with a fraction, from 0.01 to 86400.
    /// `IIQ_BASE_URL` takes a tenant origin such as `https://district.incidentiq.com`, with or without
    /// `/api/v1.0`.
    ///
    /// - Parameter environment: The variables to read; defaults to the process environment.
    /// - Throws: ``IIQError/Code/invalidConfiguration`` or ``IIQError/Code/tokenExpired``.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(IIQError) -> IIQConfiguration {
        func value(_ key: String) -> String? {
            guard let value = environment[key], !value.isEmpty else { return nil }
            return value
        }
        // An empty IIQ_API_TOKEN (`IIQ_API_TOKEN= swift run …`) is unset, with the same message.
        guard let token = value(EnvironmentKey.token) else {
            throw .invalidConfiguration(IIQConfigurationIssue(.token, .missing))
        }
        let baseURL = try value(EnvironmentKey.baseURL).map(ConfigurationValidator.parseBaseURL)
        let product = try value(EnvironmentKey.product).map { text throws(IIQError) in try IIQProduct(parsing: text) }
        func flag(_ key: String) -> Bool { value(key).map { ["1", "true", "yes"].contains($0.lowercased()) } ?? false }
        var configuration = try IIQConfiguration(
            token: token, siteID: value(EnvironmentKey.siteID), baseURL: baseURL, product: product,
            allowsInsecureLoopback: flag(EnvironmentKey.allowsInsecureLoopback),
            allowsBaseURLOverride: flag(EnvironmentKey.allowsBaseURLOverride))
        if let timeout = value(EnvironmentKey.timeout) {
            guard let seconds = Double(timeout), seconds.isFinite, seconds > 0 else {
                throw .invalidConfiguration(IIQConfigurationIssue(.timeout, .notPositive))
            }
            // Checked before converting: `Int64(1e300)` would trap.
            guard seconds <= CallLimits.maximumTimeout.seconds else {
                throw .invalidConfiguration(IIQConfigurationIssue(.timeout, .outOfRange))
            }
            configuration.timeout = .milliseconds(Int64((seconds * 1000).rounded()))
            try configuration.validate()
        }
        return configuration
    }
}
