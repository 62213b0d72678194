/// A raw call's whole response body, decoded as the caller's type, with IIQ's status keys beside it
/// so a 200 that carries `Errors` still fails as code ``IIQError/Code/apiError``.
struct RawEnvelope<Body: Decodable>: IIQEnvelope {
    var body: Body
    var status: EnvelopeStatus

    init(from decoder: any Decoder) throws {
        body = try Body(from: decoder)
        // A body that is not an object (an array, a number) has no status keys.
        status = (try? EnvelopeStatus(from: decoder)) ?? EnvelopeStatus()
    }
}
