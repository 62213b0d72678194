/// A redirect the client would not follow; mapped to ``IIQError/Code/transport`` with
/// ``IIQTransportFailure/Kind/redirectRefused``.
struct RedirectRefusal: Error {
    /// Why, in words; scrubbed before it reaches an error.
    var reason: String
}
