import Foundation

extension IIQClient {
    /// Sends `operation` and returns its checked 2xx response, retrying what the policy allows.
    ///
    /// Each attempt waits out a client-wide 429 pause first. A retry needs a retryable error, an
    /// operation that is safe to repeat (or the caller's opt-in), attempts left, a retry budget
    /// token, and time before the call's deadline; otherwise the last error is thrown at once.
    func send(_ operation: IIQOperation, options: IIQRequestOptions) async throws(IIQError) -> IIQHTTPResponse {
        let request = try requestBuilder.request(for: operation, options: options)
        let policy = options.retryPolicy ?? configuration.retryPolicy
        let attempts = operation.isRetrySafe || options.retriesUnsafeOperation ? Swift.max(policy.maximumAttempts, 1) : 1
        let environment = retryEnvironment
        let deadline = environment.now() + (options.deadline ?? configuration.deadline)
        var attempt = 0
        while true {
            attempt += 1
            try await sleep(rateLimitGate.wait(at: environment.now()), before: deadline, else: nil)
            do {
                let response = try await paced { () async throws(IIQError) in
                    try await exchange(request, of: operation, attempt: attempt)
                }
                retryBudget.refund()
                return response
            } catch {
                var delay: Duration
                if case .rateLimited(let retryAfter?, _) = error {
                    // Honour the server's wait, for every request of this client, within the cap.
                    guard retryAfter <= policy.maximumRetryAfter else { throw error }
                    rateLimitGate.pause(until: environment.now() + retryAfter)
                    delay = retryAfter
                } else {
                    delay = policy.backoff(after: attempt, for: error, jitter: environment.random())
                    if case .rateLimited = error { rateLimitGate.pause(until: environment.now() + delay) }
                }
                guard attempt < attempts, policy.isRetryable(error), environment.now() + delay <= deadline,
                    retryBudget.withdraw(for: error)
                else { throw error }
                try await sleep(delay, before: deadline, else: error)
            }
        }
    }

    /// Runs one attempt inside the client's pacing: a slot in flight and, if set, a start token.
    private func paced(_ attempt: () async throws(IIQError) -> IIQHTTPResponse) async throws(IIQError) -> IIQHTTPResponse {
        do {
            try await pacer.acquire()
        } catch {
            throw .cancelled
        }
        do {
            let wait = await pacer.reserveStart(at: retryEnvironment.now())
            try await sleep(wait, before: retryEnvironment.now() + wait, else: nil)
            let response = try await attempt()
            await pacer.release()
            return response
        } catch {
            await pacer.release()
            throw error
        }
    }

    /// Sleeps for `duration`, or throws `failure` at once when that would pass the deadline.
    private func sleep(_ duration: Duration, before deadline: ContinuousClock.Instant, else failure: IIQError?)
        async throws(IIQError)
    {
        guard duration > .zero else { return }
        if let failure, retryEnvironment.now() + duration > deadline { throw failure }
        do {
            try await retryEnvironment.sleep(duration)
        } catch {
            throw .cancelled
        }
    }

    /// One attempt: send, check and log.
    private func exchange(_ request: IIQHTTPRequest, of operation: IIQOperation, attempt: Int) async throws(IIQError)
        -> IIQHTTPResponse
    {
        if Task.isCancelled { throw .cancelled }
        let clock = ContinuousClock()
        let start = clock.now
        let response: IIQHTTPResponse
        do {
            response = try await transport.send(request)
        } catch {
            let mapped = interpreter.transportError(error, of: operation)
            log(operation, status: nil, attempt: attempt, duration: clock.now - start, failure: mapped)
            throw mapped
        }
        do {
            try interpreter.check(response, of: operation)
        } catch {
            log(operation, status: response.status, attempt: attempt, duration: clock.now - start, failure: error)
            throw error
        }
        log(operation, status: response.status, attempt: attempt, duration: clock.now - start, failure: nil)
        return response
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
            throw .decoding(
                IIQDecodingFailure(
                    request: interpreter.summary(of: operation), codingPath: "Item",
                    expectedType: String(describing: Item.self), problem: "missing key"))
        }
        return item
    }

    /// Sends an operation that answers with `Items` and returns one page of them.
    ///
    /// - Parameter responded: Awaited once the response has arrived, before it is decoded.
    func page<Item: Decodable>(
        _ type: Item.Type, _ operation: IIQOperation, options: IIQRequestOptions,
        responded: @Sendable () async -> Void = {}
    ) async throws(IIQError) -> ListEnvelope<Item> {
        let response = try await send(operation, options: options)
        await responded()
        return try interpreter.decode(ListEnvelope<Item>.self, from: response, of: operation)
    }

    /// Sends an operation that answers with an action envelope and no item.
    func action(_ operation: IIQOperation, options: IIQRequestOptions) async throws(IIQError) {
        let response = try await send(operation, options: options)
        _ = try interpreter.decode(ActionEnvelope.self, from: response, of: operation)
    }

    private func log(_ operation: IIQOperation, status: Int?, attempt: Int, duration: Duration, failure: IIQError?) {
        guard let handler = configuration.logHandler else { return }
        handler(
            IIQLogRecord(
                operation: operation.name, method: operation.method, path: operation.encodedPath, status: status,
                attempt: attempt, duration: duration, failure: failure?.description))
    }
}
