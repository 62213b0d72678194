/// The keys of an IIQ object that its model has no property for, with their values.
///
/// Tenants add keys over the years, and the spec lags behind them. Every model keeps what it does
/// not know here, so nothing a tenant sends is lost:
///
/// ```swift
/// import IncidentIQ
///
/// @main
/// struct ShowUnknownKeys {
///     static func main() async {
///         do {
///             let client = try IIQClient(configuration: .fromEnvironment())
///             for asset in try await client.assets.search().first(1) {
///                 for name in asset.unknownFields.names {
///                     print(name, asset.unknownFields[name] ?? .null)
///                 }
///             }
///         } catch {
///             print("error: \(error)")
///         }
///     }
/// }
/// ```
///
/// The SDK's decoder fills it, for top-level and nested models alike; a key it holds is one the
/// model would otherwise have dropped. A value that an ``IIQJSONValue`` cannot hold (a number past
/// `Double`'s range) is left out and reported as an ``IIQFieldDrift``, never changed.
///
/// Encoding a model writes them as one object under the key `$unknownFields`, a name IIQ's keys
/// never take, so a model encoded and decoded again is the same model. Foundation's `JSONDecoder`
/// reads that object back, but cannot list the keys of IIQ's own JSON that a model did not ask
/// for, so on a response it leaves this empty: decode IIQ's JSON through the SDK to keep them.
public struct IIQUnknownFields: Sendable, Hashable {
    /// The values by key, exactly as IIQ spelled the keys.
    public private(set) var values: [String: IIQJSONValue]

    /// No fields.
    public init() {
        values = [:]
    }

    /// The fields in `values`, for building test fixtures.
    public init(_ values: [String: IIQJSONValue]) {
        self.values = values
    }

    /// The value IIQ sent for `name`, matched exactly (IIQ's keys are case-sensitive), or `nil`.
    public subscript(name: String) -> IIQJSONValue? { values[name] }

    /// The keys, sorted, so output built from them is stable.
    public var names: [String] { values.keys.sorted() }

    /// Whether IIQ sent no key beyond the model's.
    public var isEmpty: Bool { values.isEmpty }

    /// How many keys IIQ sent beyond the model's.
    public var count: Int { values.count }

    /// Adds `value` under `name` unless the object already gave `name` a value: a repeated key keeps
    /// its first value, as the SDK's lookups do.
    mutating func keepFirst(_ value: IIQJSONValue, for name: String) {
        if values[name] == nil { values[name] = value }
    }
}

// Decodable and Encodable only so that synthesized model conformances compile; the overloads in
// `IIQUnknownFields+Containers.swift` decide what a model actually reads and writes.
extension IIQUnknownFields: Codable {
    /// Reads an object's members as fields.
    public init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: IIQJSONValue].self)
    }

    /// Writes the fields as one object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}
