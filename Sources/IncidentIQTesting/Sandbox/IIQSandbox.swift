import Foundation
import IncidentIQ
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A stateful, in-memory Incident IQ tenant: a seeded school district that answers the SDK's
/// requests as IIQ does, with no network at all.
///
/// ```swift
/// let sandbox = IIQSandbox()                       // 600 assets, seed 1
/// let client = try sandbox.makeClient()            // or IIQClient(token: sandbox.issueToken(), transport: sandbox)
/// for try await asset in client.assets.search(IIQAssetQuery(filters: [.status(named: "Available")])) { … }
/// ```
///
/// The sandbox speaks IIQ's shapes: the same paths below `/api/v1.0`, `Items`/`Paging`/`Item`
/// envelopes, PascalCase keys, zone-less dates, `$s`/`$p`/`$o`/`$d` paging and sorting, and body
/// `Filters`. Writes persist for the sandbox's lifetime. It checks every request's headers as IIQ does:
/// a missing, unknown, revoked or expired token, a token of another site, or a wrong `SiteId`, gets 401; a token without the scope the
/// operation needs gets 403. It can also inject faults: see ``inject(_:times:on:method:)``.
public final class IIQSandbox: IIQTransport {
    /// The district it was generated from.
    public let district: IIQSandboxDistrict
    /// The tenant origin its tokens name, such as `https://sandbox.iiq.invalid`.
    public let tenant: URL
    /// The site id its tokens carry and its `SiteId` check expects.
    public let siteID: UUID
    /// The administrator its tokens act as unless told otherwise.
    public let administratorID: IIQUser.ID

    private struct State {
        var store: SandboxStore
        var grants: [String: SandboxGrant] = [:]
        var faults = FaultPlan()
        var requestCount = 0
        var latency = IIQSandboxLatency.none
        var rateLimiter: RateLimiter?
        var rateLimitedCount = 0
        /// Counts writes, so a read rendered outside the lock keeps its cached search only when no
        /// write came in between.
        var generation: UInt64 = 0
        /// The rendered assets of the store as it is now, when the sandbox caches them
        /// (``IIQSandbox/cachesRenderedAssets``); replaced on every write.
        var renderCache: SandboxRenderCache?

        /// Records a write: cached searches are dropped, and reads rendered before it will not put
        /// theirs back.
        mutating func noteWrite() {
            store.searchCache.removeAll()
            if renderCache != nil { renderCache = SandboxRenderCache() }
            // Wrapping on purpose: the count is only compared for equality with a value read under
            // the same lock moments before, so a wrap after 2^64 writes is harmless.
            generation &+= 1
        }
    }

    private let state: Mutex<State>
    private let now: @Sendable () -> Date
    private let router = SandboxRouter()

    /// Creates a sandbox tenant.
    ///
    /// - Parameters:
    ///   - district: The seed and size of the district; building 100,000 assets takes about a second in release builds.
    ///   - tenant: The origin its tokens name. The default never resolves, so a sandbox token sent to the
    ///     network by mistake goes nowhere.
    ///   - now: The clock for timestamps and token expiry.
    public init(
        district: IIQSandboxDistrict = .small,
        tenant: URL = URL(string: "https://sandbox.iiq.invalid") ?? URL(fileURLWithPath: "/"),
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        var seedRandom = SeededRandom(seed: district.seed ^ 0x5EED_51DE)
        let siteID = seedRandom.uuid()
        let store = DistrictGenerator(district: district, siteID: siteID).generate()
        self.district = district
        self.tenant = tenant
        self.siteID = siteID
        self.administratorID = IIQUser.ID(store.administratorID)
        self.now = now
        self.state = Mutex(State(store: store))
    }

    /// Whether reads copy each asset's JSON from a cache instead of rendering it again: for a
    /// benchmark's server, whose rendering would otherwise take the CPU the client is measured on.
    /// Every write empties the cache, and an answer a fault makes drift is rendered afresh. Off by
    /// default: the cache keeps every asset read, about 3 KB each.
    @_spi(Benchmarks)
    public var cachesRenderedAssets: Bool {
        get { state.withLock { $0.renderCache != nil } }
        set { state.withLock { $0.renderCache = newValue ? SandboxRenderCache() : nil } }
    }

    /// The API base URL: the tenant origin plus `/api/v1.0`.
    public var baseURL: URL { tenant.appending(path: "api/v1.0") }

    /// How many requests it has received, faults and failures included.
    public var requestCount: Int { state.withLock { $0.requestCount } }

    // MARK: Latency and rate limits

    /// How long each answer takes; none by default. See ``IIQSandboxLatency``.
    public var latency: IIQSandboxLatency {
        get { state.withLock { $0.latency } }
        set { state.withLock { $0.latency = newValue } }
    }

    /// The tenant's rate limit, or `nil` (the default) for none: a request past it gets a 429 at
    /// once. See ``IIQSandboxRateLimit``.
    public var rateLimit: IIQSandboxRateLimit? {
        get { state.withLock { $0.rateLimiter?.limit } }
        set { state.withLock { $0.rateLimiter = newValue.map(RateLimiter.init) } }
    }

    /// How many requests ``rateLimit`` has answered 429 (scripted 429 faults not included).
    public var rateLimitedCount: Int { state.withLock { $0.rateLimitedCount } }

    // MARK: Tokens

    /// Issues a token this sandbox accepts: an unsigned, IIQ-shaped JWT whose claims carry the sandbox's
    /// site (`iss`), tenant (`scope`), user (`sub`), expiry (`exp`) and permissions (`scopes`).
    ///
    /// - Parameters:
    ///   - scopes: What it may do; read and write on tickets, assets and users by default.
    ///   - expiresIn: Seconds until it expires; negative for a token that has already expired.
    ///   - user: The user it acts as; the sandbox administrator by default.
    public func issueToken(
        scopes: Set<IIQSandboxScope> = IIQSandboxScope.readWrite, expiresIn: TimeInterval = 86_400,
        as user: IIQUser.ID? = nil
    ) -> String {
        let issued = now()
        let expiry = issued.addingTimeInterval(expiresIn)
        let userID = user?.uuid ?? administratorID.uuid
        let token = IIQTestToken.make(
            siteID: siteID.uuidString.lowercased(), tenant: tenant.absoluteString,
            userID: userID.uuidString.lowercased(),
            issuedAt: issued, expiresAt: expiry, extraClaims: ["scopes": scopes.map(\.rawValue).sorted()])
        state.withLock {
            $0.grants[token] = SandboxGrant(
                userID: userID, scopes: Set(scopes.map(\.rawValue)), expiresAt: expiry, issuedAt: issued)
        }
        return token
    }

    /// Revokes `token`, as an administrator does under Admin > Developer Tools: from now on every
    /// request that carries it gets 401, although it has not expired.
    public func revoke(_ token: String) {
        state.withLock { $0.grants[token]?.isRevoked = true }
    }

    /// A client for this sandbox with a fresh token; `configure` may change the configuration first.
    public func makeClient(
        scopes: Set<IIQSandboxScope> = IIQSandboxScope.readWrite,
        configure: (inout IIQConfiguration) -> Void = { _ in }
    ) throws(IIQError) -> IIQClient {
        var configuration = try IIQConfiguration(token: issueToken(scopes: scopes))
        configure(&configuration)
        return try IIQClient(configuration: configuration, transport: self)
    }

    // MARK: Faults

    /// Scripts `fault` for the next `times` requests whose path (below `/api/v1.0`) starts with `path`.
    ///
    /// Scripted faults are used in the order they were added, one per request.
    public func inject(_ fault: IIQSandboxFault, times: Int = 1, on path: String = "/", method: IIQHTTPMethod? = nil) {
        inject(Array(repeating: fault, count: max(times, 0)), on: path, method: method)
    }

    /// Scripts `faults`, one per request in order, for requests whose path starts with `path`.
    public func inject(_ faults: [IIQSandboxFault], on path: String = "/", method: IIQHTTPMethod? = nil) {
        state.withLock { $0.faults.script(faults, on: path, method: method) }
    }

    /// Gives each request whose path starts with `path` a `probability` chance of one of `faults`,
    /// chosen by a generator seeded with `seed`, so a run can be repeated.
    public func injectRandomly(_ faults: [IIQSandboxFault], probability: Double, seed: UInt64, on path: String = "/") {
        state.withLock { $0.faults.randomize(faults, probability: probability, seed: seed, on: path) }
    }

    /// Removes every scripted and random fault.
    public func removeAllFaults() {
        state.withLock { $0.faults.removeAll() }
    }

    // MARK: Custom fields

    /// Adds a text custom field named `name` to `entity`, as an administrator does in IIQ's settings,
    /// and returns its type id (the `CustomFieldTypeId` its values carry). Records get no value for it.
    @discardableResult
    public func addCustomField(named name: String, to entity: IIQCustomFieldEntity) -> IIQCustomFieldType.ID {
        let id = UUID()
        let typeID = UUID()
        state.withLock { state in
            let order = (state.store.customFieldDefinitions.rows.map(\.displayOrder).max() ?? 0) + 1
            state.store.customFieldDefinitions.insert(
                CustomFieldRecord(
                    id: id, typeID: typeID, entity: entity.rawValue, name: name, editorType: 1, options: nil,
                    displayOrder: order))
            state.noteWrite()
        }
        return IIQCustomFieldType.ID(typeID)
    }

    /// Removes the custom field whose type id is `typeID`, and its values from every record, as IIQ
    /// does when an administrator deletes a field; the records' `ModifiedDate` stays as it was.
    public func removeCustomField(_ typeID: IIQCustomFieldType.ID) {
        state.withLock { state in
            let kept = state.store.customFieldDefinitions.rows.filter { $0.typeID != typeID.uuid }
            state.store.customFieldDefinitions = RecordTable(kept)
            for asset in state.store.assets.rows where asset.customFields[typeID.uuid] != nil {
                _ = state.store.assets.modify(asset.id) { $0.customFields[typeID.uuid] = nil }
            }
            for user in state.store.users.rows where user.customFields[typeID.uuid] != nil {
                _ = state.store.users.modify(user.id) { $0.customFields[typeID.uuid] = nil }
            }
            for ticket in state.store.tickets.rows where ticket.customFields[typeID.uuid] != nil {
                _ = state.store.tickets.modify(ticket.id) { $0.customFields[typeID.uuid] = nil }
            }
            state.noteWrite()
        }
    }

    // MARK: Answering

    /// Answers `request` in memory, as ``IIQTransport`` asks.
    ///
    /// A ``IIQSandboxFault/connectionReset`` throws `URLError(.networkConnectionLost)`, and a
    /// ``IIQSandboxFault/truncatedBody`` returns the first half of the body; an
    /// ``IIQSandboxFault/oversizedBody(bytes:)`` is padded in memory.
    public func send(_ request: IIQHTTPRequest) async throws -> IIQHTTPResponse {
        let answer = try await respond(to: request)
        switch answer.delivery {
        case .complete:
            return answer.response
        case .truncated(let count):
            var response = answer.response
            response.body = response.body.prefix(count)
            return response
        case .connectionReset:
            throw URLError(.networkConnectionLost)
        case .padded(let total):
            var response = answer.response
            response.body.append(Data(repeating: UInt8(ascii: " "), count: max(0, total - response.body.count)))
            return response
        }
    }

    /// Answers `request`, saying how much of the answer should reach the wire. Servers use this.
    public func respond(to request: IIQHTTPRequest) async throws -> IIQSandboxResponse {
        let parsed = SandboxRequest(request)
        let arrival = ContinuousClock.now
        let (admission, fault, latency) = state.withLock { state -> (Admission, IIQSandboxFault?, IIQSandboxLatency) in
            state.requestCount += 1
            var admission = Admission.unlimited
            if var limiter = state.rateLimiter {
                guard limiter.admit(at: arrival) else {
                    state.rateLimitedCount += 1
                    return (.refused(limiter.limit.retryAfter), nil, state.latency)
                }
                state.rateLimiter = limiter
                admission = .admitted
            }
            guard let parsed else { return (admission, nil, state.latency) }
            return (admission, state.faults.next(for: parsed.path, parsed.method), state.latency)
        }
        if case .refused(let retryAfter) = admission,
            let refusal = Self.earlyAnswer(for: .rateLimited(retryAfter: retryAfter), now: now())
        {
            return refusal
        }
        defer {
            if case .admitted = admission { state.withLock { $0.rateLimiter?.finish() } }
        }
        if case .latency(let delay) = fault { try await Task.sleep(for: delay) }
        if let early = Self.earlyAnswer(for: fault, now: now()) {
            if latency.fixed > .zero { try await Task.sleep(for: latency.fixed) }
            return early
        }
        guard let parsed else {
            return Self.answer(
                SandboxReply(
                    .notFound("No HTTP resource was found that matches the request URI '\(request.url.path)'.")))
        }
        // Shape drift rewrites records, so an answer that may drift renders them afresh.
        var reply = handle(parsed, renderingFromCache: fault == nil)
        let delay = latency.delay(items: reply.itemCount)
        if delay > .zero { try await Task.sleep(for: delay) }
        if let fault, (200..<300).contains(reply.status) { reply.body = ShapeDrift.apply(fault, to: reply.body) }
        var answer = Self.answer(reply)
        if fault == .truncatedBody { answer.delivery = .truncated(afterBytes: answer.response.body.count / 2) }
        if case .oversizedBody(let bytes) = fault { answer.delivery = .padded(toBytes: bytes) }
        return answer
    }

    /// Whether a request got past the rate limit.
    private enum Admission {
        case unlimited
        case admitted
        case refused(IIQSandboxFault.RetryAfter?)
    }

    /// Runs the route. A write runs under the lock; a read takes a snapshot of the store under the
    /// lock (a copy on write, so a few reference counts) and renders outside it, so requests from
    /// parallel clients render in parallel.
    private func handle(_ request: SandboxRequest, renderingFromCache: Bool) -> SandboxReply {
        let time = now()
        do {
            let (route, parameters) = try router.route(request)
            let authenticator = SandboxAuthenticator(siteID: siteID)
            if route.isWrite {
                return try state.withLock { state in
                    let grant = try authenticator.authorize(
                        request, scope: route.scope, grants: state.grants, now: time)
                    let context = SandboxContext(
                        request: request, parameters: parameters, callerID: grant.userID, now: time, grant: grant)
                    let reply = try route.handler(&state.store, context)
                    state.noteWrite()
                    return reply
                }
            }
            let (grant, snapshot, generation, renderCache) = try state.withLock { state in
                (
                    try authenticator.authorize(request, scope: route.scope, grants: state.grants, now: time),
                    state.store,
                    state.generation,
                    renderingFromCache ? state.renderCache : nil
                )
            }
            var store = snapshot
            store.renderCache = renderCache
            let context = SandboxContext(
                request: request, parameters: parameters, callerID: grant.userID, now: time, grant: grant)
            let reply = try route.handler(&store, context)
            if store.searchCache.count != snapshot.searchCache.count {
                // Keep the search this read cached, unless a write came in between.
                let cache = store.searchCache
                state.withLock { state in
                    if state.generation == generation { state.store.searchCache = cache }
                }
            }
            return reply
        } catch let failure as SandboxFailure {
            return SandboxReply(failure)
        } catch {
            return SandboxReply(
                SandboxFailure(status: 500, message: "The sandbox failed: \(error)", errorKey: "ServerError"))
        }
    }

    /// The answer for a fault that replaces the response, if `fault` is one.
    private static func earlyAnswer(for fault: IIQSandboxFault?, now: Date) -> IIQSandboxResponse? {
        switch fault {
        case .rateLimited(let retryAfter):
            var reply = SandboxReply(
                SandboxFailure(
                    status: 429, message: "Too many requests. Slow down and try again.", errorKey: "TooManyRequests"))
            switch retryAfter {
            case .seconds(let seconds): reply.headers.append(("Retry-After", String(seconds)))
            case .date(let date): reply.headers.append(("Retry-After", HTTPDate.format(date)))
            case nil: break
            }
            return answer(reply)
        case .serverError(let status):
            return answer(
                SandboxReply(
                    SandboxFailure(status: status, message: "The service is unavailable.", errorKey: "ServerError")))
        case .htmlErrorPage(let status):
            let html =
                "<!DOCTYPE html><html><head><title>\(status) Error</title></head><body><h1>Server Error</h1>"
                + "<p>The gateway could not reach the application (IIS).</p></body></html>"
            return IIQSandboxResponse(response: .html(html, status: status), delivery: .complete)
        case .connectionReset:
            return IIQSandboxResponse(response: IIQHTTPResponse(status: 0), delivery: .connectionReset)
        case .redirect(let status, let location):
            return IIQSandboxResponse(
                response: .empty(
                    status: status, headers: [("Location", location.absoluteString), ("Content-Length", "0")]),
                delivery: .complete)
        default:
            return nil
        }
    }

    private static func answer(_ reply: SandboxReply) -> IIQSandboxResponse {
        IIQSandboxResponse(
            response: .json(reply.body.data, status: reply.status, headers: reply.headers), delivery: .complete)
    }
}
