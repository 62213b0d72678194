/// One of IIQ's own error entries (`SoftValidationError`): `{ErrorKey, Field, Message}`.
public struct IIQAPIMessage: Sendable, Hashable, Codable, CustomStringConvertible {
    /// IIQ's key for the error, when it sent one.
    public var errorKey: String?
    /// The field the error is about, when IIQ named one.
    public var field: String?
    /// IIQ's message text.
    public var message: String?

    /// Creates an entry.
    public init(errorKey: String? = nil, field: String? = nil, message: String? = nil) {
        self.errorKey = errorKey
        self.field = field
        self.message = message
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case errorKey = "ErrorKey"
        case field = "Field"
        case message = "Message"
    }

    /// `field: message (key)`, with the parts that are present.
    public var description: String {
        var text = [field, message].compactMap { $0 }.joined(separator: ": ")
        if let errorKey { text += text.isEmpty ? errorKey : " (\(errorKey))" }
        return text.isEmpty ? "unspecified error" : text
    }
}
