import Foundation
import IncidentIQ

/// A request as a route sees it: the path below `/api/v1.0`, the query and the JSON body.
struct SandboxRequest: Sendable {
    var method: IIQHTTPMethod
    /// The decoded path segments below the API root, e.g. `["tickets", "new"]`.
    var segments: [String]
    var query: [String: String]
    var headers: IIQHTTPHeaders
    var body: Data?

    /// The path below the API root, e.g. `/tickets/new`.
    var path: String { "/" + segments.joined(separator: "/") }

    /// Reads `request`, or nil when its path is not below `/api/v1.0` (or the older `/services`).
    init?(_ request: IIQHTTPRequest) {
        let raw = request.url.path(percentEncoded: true).split(separator: "/", omittingEmptySubsequences: true)
            .map(String.init)
        let rest: ArraySlice<String>
        if raw.count >= 2, raw[0].lowercased() == "api", raw[1].lowercased() == "v1.0" {
            rest = raw.dropFirst(2)
        } else if raw.first?.lowercased() == "services" {
            rest = raw.dropFirst()
        } else {
            return nil
        }
        method = request.method
        segments = rest.map { $0.removingPercentEncoding ?? $0 }
        var query: [String: String] = [:]
        for item in request.queryItems where query[item.name] == nil { query[item.name] = item.value }
        self.query = query
        headers = request.headers
        body = request.body
    }

    /// The body as a JSON object; an empty object when there is no body.
    func jsonObject() throws -> [String: Any] {
        guard let body, !body.isEmpty else { return [:] }
        guard let object = try? JSONSerialization.jsonObject(with: body), let dictionary = object as? [String: Any]
        else { throw SandboxFailure.badRequest("The request body is not a JSON object.") }
        return dictionary
    }
}

/// Typed reads from a decoded JSON body.
extension Dictionary where Key == String, Value == Any {
    /// The string at `key`, if it is one.
    func string(_ key: String) -> String? { self[key] as? String }

    /// The GUID at `key`; nil when absent, null or the empty GUID. Throws when it is not a GUID.
    func guid(_ key: String) throws -> UUID? {
        guard let value = self[key], !(value is NSNull) else { return nil }
        guard let text = value as? String, let id = UUID(uuidString: text) else {
            throw SandboxFailure.badRequest("'\(key)' is not a valid GUID.")
        }
        return id == SandboxIDs.empty ? nil : id
    }

    /// The Boolean at `key`, if it is one.
    func bool(_ key: String) -> Bool? { self[key] as? Bool }

    /// Whether `key` is present, even as null.
    func has(_ key: String) -> Bool { self[key] != nil }
}
