/// The status keys every IIQ envelope may carry beside its payload, including on 200:
/// IIQ reports soft validation errors in `Errors` with a 2xx status.
struct EnvelopeStatus: Decodable, Sendable {
    var message: String?
    var errorKey: String?
    var errors: [IIQAPIMessage]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case message = "Message"
        case errorKey = "ErrorKey"
        case errors = "Errors"
    }

    /// Whether the envelope reports an error although the status was 2xx.
    var reportsError: Bool {
        !(errors ?? []).isEmpty || !(errorKey ?? "").isEmpty
    }
}

/// An envelope whose status keys can be inspected after decoding.
protocol IIQEnvelope: Decodable {
    var status: EnvelopeStatus { get }
}
