/// HTTP header fields, looked up case-insensitively, in the order they were added.
///
/// The value of `Authorization` is never printed: `description`, `debugDescription` and
/// `dump` show `<redacted>` in its place.
public struct IIQHTTPHeaders: Sendable, Hashable {
    /// One header field.
    public struct Field: Sendable, Hashable {
        /// The field name as given.
        public var name: String
        /// The field value.
        public var value: String

        /// Creates a header field.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The fields in order.
    public private(set) var fields: [Field]

    /// Creates headers from fields.
    public init(_ fields: [Field] = []) { self.fields = fields }

    /// Creates headers from name-value pairs.
    public init(_ pairs: [(String, String)]) {
        self.fields = pairs.map { Field(name: $0.0, value: $0.1) }
    }

    /// The first value for `name`, compared case-insensitively; setting replaces every field of that name.
    public subscript(name: String) -> String? {
        get { fields.first { $0.name.caseInsensitiveEquals(name) }?.value }
        set {
            fields.removeAll { $0.name.caseInsensitiveEquals(name) }
            if let newValue { fields.append(Field(name: name, value: newValue)) }
        }
    }

    /// Every value for `name`, compared case-insensitively.
    public func values(for name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveEquals(name) }.map(\.value)
    }

    /// Adds a field, keeping any existing field of the same name.
    public mutating func add(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Whether a field named `name` is present.
    public func contains(_ name: String) -> Bool { self[name] != nil }

    /// Names whose values are secrets and never printed.
    static let sensitiveNames: Set<String> = ["authorization", "proxy-authorization", "cookie", "set-cookie"]
}

extension IIQHTTPHeaders: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The fields as `Name: value` lines, with secret values redacted.
    public var description: String {
        redactedFields.map { "\($0.name): \($0.value)" }.joined(separator: "\n")
    }

    /// The same as ``description``.
    public var debugDescription: String { "IIQHTTPHeaders(\(redactedFields.map { "\($0.name): \($0.value)" }))" }

    /// A mirror with secret values redacted, so `dump` never shows them.
    public var customMirror: Mirror {
        Mirror(
            self, children: redactedFields.map { (label: $0.name, value: $0.value as Any) }, displayStyle: .dictionary)
    }

    private var redactedFields: [Field] {
        fields.map { field in
            Self.sensitiveNames.contains(field.name.lowercased())
                ? Field(name: field.name, value: "<redacted>") : field
        }
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool {
        utf8.count == other.utf8.count && lowercased() == other.lowercased()
    }
}
