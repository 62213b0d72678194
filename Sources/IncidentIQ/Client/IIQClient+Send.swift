import Foundation

extension IIQClient {
    /// Sends `operation` and returns its checked 2xx response, retrying what the policy allows.
    ///
    /// Each attempt waits out a client-wide 429 pause first. A retry needs a retryable error, an
    /// operation that is safe to repeat (or the caller's opt-in), attempts left, a retry budget
    /// token, and time before the call's deadline; otherwise the last error is thrown at once.
    ///
    /// The deadline bounds everything the call does: waits for a slot, sleeps, and the bytes of an
    /// attempt in flight. It is enforced here, above the transport, so it holds for every transport.
    ///
    /// A page of a parallel walk passes its walk's gate in `slot`: every attempt, retries included,
    /// holds one of the walk's slots while it is on the wire, and tells the walk's law how it went.
    /// The first slot is taken before the call's clock starts, so the deadline measures the call,
    /// not its turn in the walk.
    func send(_ operation: IIQOperation, options: IIQRequestOptions, slot: GateSlot = .none)
        async throws(IIQError) -> IIQHTTPResponse
    {
        let request = try requestBuilder.request(for: operation, options: options)
        let policy = options.retryPolicy ?? configuration.retryPolicy
        let attempts =
            operation.isRetrySafe || options.retriesUnsafeOperation ? Swift.max(policy.maximumAttempts, 1) : 1
        let environment = retryEnvironment
        var ticket = try await takeSlot(slot, before: nil, else: .cancelled)
        let limits = CallLimits(
            start: environment.now(), deadline: options.deadline ?? configuration.deadline,
            timeout: options.timeout ?? configuration.timeout, operation: operation, redactor: interpreter.redactor)
        if options.timeout != nil || options.deadline != nil {
            do {
                try CallLimits.check(timeout: limits.timeout, deadline: limits.deadline)
            } catch {
                release(ticket, of: slot, with: .neutral)
                throw error
            }
        }
        var attempt = 0
        while true {
            attempt += 1
            if attempt > 1 {
                ticket = try await takeSlot(
                    slot, before: environment.enforcesTimeLimits ? limits.end : nil, else: limits.expired)
            }
            do {
                try await sleep(rateLimitGate.wait(at: environment.now()), within: limits, else: limits.expired)
            } catch {
                release(ticket, of: slot, with: .neutral)
                throw error
            }
            var latency = Duration.zero
            // A failed exchange's record waits here until the retry decision, so it can say how long
            // the client waits before the next attempt.
            var failedRecord: IIQLogRecord?
            do {
                let response = try await paced(within: limits) { () async throws(IIQError) in
                    let clock = ContinuousClock()
                    let start = clock.now
                    defer { latency = clock.now - start }
                    return try await exchange(
                        request, of: operation, attempt: attempt, within: limits, failedRecord: &failedRecord)
                }
                release(ticket, of: slot, with: .responded(latency: latency))
                retryBudget.refund()
                return response
            } catch {
                release(ticket, of: slot, with: GateSlot.signal(for: error))
                var delay: Duration
                if case .rateLimited(let retryAfter?, _) = error.detail {
                    // Honour the server's wait, for every request of this client, within the cap.
                    guard retryAfter <= policy.maximumRetryAfter else {
                        emit(failedRecord)
                        throw error
                    }
                    rateLimitGate.pause(until: environment.now() + retryAfter)
                    delay = retryAfter
                } else {
                    delay = policy.backoff(after: attempt, for: error, jitter: environment.random())
                    if case .rateLimited = error { rateLimitGate.pause(until: environment.now() + delay) }
                }
                guard attempt < attempts, policy.isRetryable(error), environment.now() + delay <= limits.end,
                    retryBudget.withdraw(for: error)
                else {
                    emit(failedRecord)
                    throw error
                }
                failedRecord?.retryDelay = delay
                emit(failedRecord)
                try await sleep(delay, within: limits, else: error)
            }
        }
    }

    /// Waits for a slot of the walk's gate, if the call has one.
    private func takeSlot(
        _ slot: GateSlot, before deadline: ContinuousClock.Instant?, else expired: @autoclosure () -> IIQError
    ) async throws(IIQError) -> ConcurrencyGate.Ticket? {
        guard let gate = slot.gate else { return nil }
        do {
            return try await gate.acquire(priority: slot.priority, before: deadline)
        } catch is ConcurrencyGate.Expired {
            throw expired()
        } catch {
            throw .cancelled
        }
    }

    private func release(_ ticket: ConcurrencyGate.Ticket?, of slot: GateSlot, with signal: ConcurrencyLimit.Signal) {
        guard let ticket, let gate = slot.gate else { return }
        gate.release(ticket, with: signal)
    }

    /// Runs one attempt inside the client's pacing: a slot in flight and, if set, a start token.
    private func paced(
        within limits: CallLimits, _ attempt: () async throws(IIQError) -> IIQHTTPResponse
    ) async throws(IIQError) -> IIQHTTPResponse {
        do {
            try await pacer.acquire(before: limits.end)
        } catch is RequestPacer.Expired {
            throw limits.expired
        } catch {
            throw .cancelled
        }
        do {
            let wait = await pacer.reserveStart(at: retryEnvironment.now())
            try await sleep(wait, within: limits, else: limits.expired)
            let response = try await attempt()
            await pacer.release()
            return response
        } catch {
            await pacer.release()
            throw error
        }
    }

    /// Sleeps for `duration`, or throws `failure` at once when that would pass the deadline.
    private func sleep(
        _ duration: Duration, within limits: CallLimits, else failure: @autoclosure () -> IIQError
    ) async throws(IIQError) {
        guard duration > .zero else { return }
        if retryEnvironment.now() + duration > limits.end { throw failure() }
        do {
            try await retryEnvironment.sleep(duration)
        } catch {
            throw .cancelled
        }
    }

    /// One attempt: send, follow same-origin redirects, check and log, all within the attempt's time limit.
    ///
    /// A success is logged at once; a failure's record is left in `failedRecord` for the caller, who
    /// knows whether a retry follows.
    private func exchange(
        _ request: IIQHTTPRequest, of operation: IIQOperation, attempt: Int, within limits: CallLimits,
        failedRecord: inout IIQLogRecord?
    ) async throws(IIQError) -> IIQHTTPResponse {
        if Task.isCancelled { throw .cancelled }
        let clock = ContinuousClock()
        let start = clock.now
        let (limit, bound) = limits.attemptLimit(at: retryEnvironment.now())
        let response: IIQHTTPResponse
        do {
            let transport = self.transport
            let maximumRedirects = configuration.maximumRedirects
            if retryEnvironment.enforcesTimeLimits {
                response = try await TimeLimit.run(within: limit) {
                    try await Self.followingRedirects(request, through: transport, maximumHops: maximumRedirects)
                }
            } else {
                response = try await Self.followingRedirects(request, through: transport, maximumHops: maximumRedirects)
            }
        } catch {
            let mapped: IIQError
            switch error {
            case is TimeLimit.Expired: mapped = limits.error(for: bound)
            case let refusal as RedirectRefusal:
                mapped = .transport(
                    IIQTransportFailure(
                        request: limits.summary, kind: .redirectRefused, underlying: interpreter.scrub(refusal.reason)))
            default: mapped = interpreter.transportError(error, of: operation)
            }
            failedRecord = record(
                operation, status: nil, attempt: attempt, duration: clock.now - start, failure: mapped)
            throw mapped
        }
        do {
            try interpreter.check(response, of: operation)
        } catch {
            failedRecord = record(
                operation, status: response.status, attempt: attempt, duration: clock.now - start, failure: error)
            throw error
        }
        emit(record(operation, status: response.status, attempt: attempt, duration: clock.now - start, failure: nil))
        return response
    }

    /// Sends `request` and follows the redirects ``RedirectRule`` allows, at most `maximumHops` of them.
    private static func followingRedirects(
        _ request: IIQHTTPRequest, through transport: any IIQTransport, maximumHops: Int
    ) async throws -> IIQHTTPResponse {
        var current = request
        var hops = 0
        while true {
            let response = try await transport.send(current)
            switch RedirectRule.decide(response, to: current, hops: hops, maximumHops: maximumHops) {
            case .deliver:
                return response
            case .follow(let next):
                current = next
                hops += 1
            case .refuse(let reason):
                throw RedirectRefusal(reason: reason)
            }
        }
    }

    /// Sends an operation that answers with a single `Item`.
    ///
    /// - Parameter reread: For creates: when the envelope has no `Item` but a `Uid`, reads the new entity back.
    func item<Item: Decodable>(
        _ type: Item.Type, _ operation: IIQOperation, options: IIQRequestOptions,
        reread: (@Sendable (UUID) async throws(IIQError) -> Item)? = nil
    ) async throws(IIQError) -> Item {
        let response = try await send(operation, options: options)
        let envelope = try interpreter.decode(ItemEnvelope<Item>.self, from: response, of: operation)
        if envelope.item == nil, let uid = envelope.uid, let reread {
            return try await reread(uid)
        }
        guard let item = envelope.item else {
            throw interpreter.missingItem(Item.self, of: operation)
        }
        return item
    }

    /// Sends an operation that answers with `Items` and returns one page of them.
    func page<Item: Decodable>(
        _ type: Item.Type, _ operation: IIQOperation, options: IIQRequestOptions
    ) async throws(IIQError) -> ListEnvelope<Item> {
        let response = try await send(operation, options: options)
        return try interpreter.decode(ListEnvelope<Item>.self, from: response, of: operation)
    }

    /// Sends an operation that answers with an action envelope and no item.
    func action(_ operation: IIQOperation, options: IIQRequestOptions) async throws(IIQError) {
        let response = try await send(operation, options: options)
        _ = try interpreter.decode(ActionEnvelope.self, from: response, of: operation)
    }

    /// The record of one exchange, or nil when nobody listens.
    private func record(
        _ operation: IIQOperation, status: Int?, attempt: Int, duration: Duration, failure: IIQError?
    ) -> IIQLogRecord? {
        guard configuration.logHandler != nil else { return nil }
        return IIQLogRecord(
            operation: operation.name, method: operation.method, path: interpreter.scrub(operation.encodedPath),
            status: status, attempt: attempt, duration: duration, failure: failure?.description)
    }

    /// Hands `record` to the log handler, if there is one.
    private func emit(_ record: IIQLogRecord?) {
        guard let record, let handler = configuration.logHandler else { return }
        handler(record)
    }
}
