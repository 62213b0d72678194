import Foundation
import IncidentIQ

/// What a route handler gets: the request, the path parameters, the caller and the time.
struct SandboxContext {
    var request: SandboxRequest
    /// The `{…}` segments of the path, in order.
    var parameters: [String]
    /// The user the token acts as.
    var callerID: UUID
    var now: Date
    /// The token's grant, for routes that describe the session (`/login`).
    var grant: SandboxGrant? = nil

    /// Path parameter `index` as a GUID, or a 404 naming `entity`.
    func id(_ index: Int, _ entity: String) throws -> UUID {
        guard index < parameters.count, let id = UUID(uuidString: parameters[index]) else {
            throw SandboxFailure.notFound(
                "No \(entity) has the id '\(index < parameters.count ? parameters[index] : "")'.")
        }
        return id
    }
}

/// One operation of the sandbox's API: a method, a path pattern, the scope it needs and its handler.
struct SandboxRoute: Sendable {
    typealias Handler = @Sendable (inout SandboxStore, SandboxContext) throws -> SandboxReply

    var method: IIQHTTPMethod
    /// Literal segments, with `{}` for a parameter.
    var pattern: [String]
    /// The token scope it needs (`tickets:read`), or nil when any valid token may call it.
    var scope: String?
    var handler: Handler

    init(_ method: IIQHTTPMethod, _ path: String, scope: String?, _ handler: @escaping Handler) {
        self.method = method
        self.pattern = path.split(separator: "/").map(String.init)
        self.scope = scope
        self.handler = handler
    }

    /// Whether it changes the store.
    var isWrite: Bool { scope?.hasSuffix(":write") ?? false }

    /// The parameters when `segments` match the pattern (case-insensitive literals), else nil.
    func match(_ segments: [String]) -> [String]? {
        guard segments.count == pattern.count else { return nil }
        var parameters: [String] = []
        for (literal, segment) in zip(pattern, segments) {
            if literal == "{}" {
                parameters.append(segment)
            } else if literal.caseInsensitiveCompare(segment) != .orderedSame {
                return nil
            }
        }
        return parameters
    }
}

/// Finds the route for a request; literal routes are listed before parameter routes of the same shape.
struct SandboxRouter: Sendable {
    // Catalogue routes first: `assets/types` and `users/views` must win over `assets/{}` and `users/{}`.
    let routes: [SandboxRoute] =
        CatalogueRoutes.routes + CustomFieldRoutes.routes + TextSearchRoutes.routes + TicketRoutes.routes
        + AssetRoutes.routes + UserRoutes.routes + LocationRoutes.routes + IdentityRoutes.routes

    /// The route and its parameters, or the failure IIQ gives: 404 for an unknown path, 405 for a known
    /// path with another method.
    func route(_ request: SandboxRequest) throws -> (SandboxRoute, [String]) {
        var pathMatched = false
        for route in routes {
            guard let parameters = route.match(request.segments) else { continue }
            pathMatched = true
            if route.method == request.method { return (route, parameters) }
        }
        if pathMatched {
            throw SandboxFailure(
                status: 405, message: "The requested resource does not support http method '\(request.method)'.",
                errorKey: "MethodNotAllowed")
        }
        throw SandboxFailure.notFound("No HTTP resource was found that matches the request URI '\(request.path)'.")
    }
}
