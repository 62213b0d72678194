import Foundation

/// Every failure the SDK reports: a ``code`` that says what kind of failure it is, and properties
/// for its context.
///
/// HTTP failures carry an ``httpFailure`` that says what was called (operation, method, path), what
/// came back (status, IIQ's own `Message`, `ErrorKey` and `Errors`, a short body excerpt) and,
/// through ``description``, what to do about it. No error ever contains the API token.
///
/// ```swift
/// import Foundation
/// import IncidentIQ
///
/// @main
/// struct ShowTicket {
///     static func main() async {
///         do {
///             let client = try IIQClient(configuration: .fromEnvironment())
///             let text = CommandLine.arguments.dropFirst().first ?? ""
///             guard let uuid = UUID(uuidString: text) else { return print("usage: show-ticket <ticket id>") }
///             let ticket = try await client.tickets.get(IIQTicket.ID(uuid))
///             print(ticket.subject ?? "(no subject)")
///         } catch let error as IIQError where error.code == .notFound {
///             print("No such ticket.")
///         } catch let error as IIQError where error.code == .rateLimited {
///             print("Rate limited; retry after \(error.retryAfter?.description ?? "a while").")
///         } catch {
///             print("error: \(error)")
///         }
///     }
/// }
/// ```
///
/// ## Compatibility
/// `IIQError` is a struct, not an enum, so that a failure the SDK learns to tell apart later is a
/// new ``Code``, not a source break in every exhaustive `switch`. Within a major version:
/// - a minor release may add codes, and properties that carry more context;
/// - a code keeps its meaning, and a property that is set for a code stays set for it;
/// - ``description`` may be reworded to help more: show it, never parse it.
///
/// A `switch` over ``code`` therefore needs a `default`.
public struct IIQError: Error, Sendable {
    /// The failure and its context, one case per code.
    let detail: Detail

    init(_ detail: Detail) {
        self.detail = detail
    }

    /// What kind of failure this is; compare it with the static members of ``Code``.
    public var code: Code { detail.code }

    /// The HTTP failure: what was called and what came back, for the codes that had a response.
    public var httpFailure: IIQHTTPFailure? { detail.httpFailure }

    /// The HTTP status, when a response arrived.
    public var status: Int? { httpFailure?.status }

    /// What was called, when the failure belongs to one request: every HTTP failure, a decoding or
    /// transport failure, and a response past the size cap.
    public var request: IIQRequestSummary? {
        switch detail {
        case .decoding(let failure): failure.request
        case .responseTooLarge(_, let request): request
        case .transport(let failure): failure.request
        default: httpFailure?.request
        }
    }

    /// For ``Code/rateLimited``: the wait the server asked for in `Retry-After`, when it sent one.
    public var retryAfter: Duration? {
        if case .rateLimited(let retryAfter, _) = detail { return retryAfter }
        return nil
    }

    /// IIQ's own `Message`, when the response was IIQ JSON that had one.
    public var message: String? { httpFailure?.message }

    /// IIQ's field errors (`Errors`), for ``Code/validation`` and ``Code/apiError``; empty otherwise.
    public var apiMessages: [IIQAPIMessage] { httpFailure?.errors ?? [] }

    /// For ``Code/decoding``: where the response did not have the expected shape.
    public var decodingFailure: IIQDecodingFailure? {
        if case .decoding(let failure) = detail { return failure }
        return nil
    }

    /// For ``Code/transport``: what failed on the way.
    public var transportFailure: IIQTransportFailure? {
        if case .transport(let failure) = detail { return failure }
        return nil
    }

    /// For ``Code/invalidConfiguration``: the setting that failed validation.
    public var configurationIssue: IIQConfigurationIssue? {
        if case .invalidConfiguration(let issue) = detail { return issue }
        return nil
    }

    /// For ``Code/invalidArgument``: the argument that failed validation.
    public var argumentIssue: IIQArgumentIssue? {
        if case .invalidArgument(let issue) = detail { return issue }
        return nil
    }

    /// For ``Code/pagination``: how the server misbehaved during a walk.
    public var paginationFailure: IIQPaginationFailure? {
        if case .pagination(let failure) = detail { return failure }
        return nil
    }

    /// For ``Code/tokenExpired``: when the token's `exp` passed.
    public var tokenExpiry: Date? {
        if case .tokenExpired(let expiredAt) = detail { return expiredAt }
        return nil
    }

    /// For ``Code/responseTooLarge``: the size cap, in bytes, that the body passed.
    public var responseSizeLimit: Int? {
        if case .responseTooLarge(let limit, _) = detail { return limit }
        return nil
    }
}
