import IncidentIQ

extension IIQSandbox {
    /// Whether `request` names an operation that changes the tenant, such as opening, updating, commenting
    /// on or closing a ticket; searches, which IIQ also sends as `POST`, do not.
    ///
    /// A tool that keeps a sandbox's state between runs can journal the writes it sends and replay them
    /// on a new sandbox of the same district: writes draw the ids of the records they create from the
    /// district's seed, so the same writes, in the same order, create the same ids.
    ///
    /// ```swift
    /// let sandbox = IIQSandbox()
    /// let search = IIQHTTPRequest(method: .post, url: sandbox.baseURL.appending(path: "tickets"))
    /// print(sandbox.changesState(search))   // false
    /// ```
    public func changesState(_ request: IIQHTTPRequest) -> Bool {
        guard let parsed = SandboxRequest(request), let (route, _) = try? Self.writeRouter.route(parsed) else {
            return false
        }
        return route.isWrite
    }

    /// The routes, for ``changesState(_:)``; they hold no state.
    private static let writeRouter = SandboxRouter()
}
