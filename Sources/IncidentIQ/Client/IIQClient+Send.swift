import Foundation

extension IIQClient {
    /// Sends `operation` once and returns its checked 2xx response, logging the exchange.
    func send(_ operation: IIQOperation, options: IIQRequestOptions) async throws(IIQError) -> IIQHTTPResponse {
        let request = try requestBuilder.request(for: operation, options: options)
        if Task.isCancelled { throw .cancelled }
        let clock = ContinuousClock()
        let start = clock.now
        let response: IIQHTTPResponse
        do {
            response = try await transport.send(request)
        } catch {
            let mapped = interpreter.transportError(error, of: operation)
            log(operation, status: nil, duration: clock.now - start, failure: mapped)
            throw mapped
        }
        do {
            try interpreter.check(response, of: operation)
        } catch {
            log(operation, status: response.status, duration: clock.now - start, failure: error)
            throw error
        }
        log(operation, status: response.status, duration: clock.now - start, failure: nil)
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

    private func log(_ operation: IIQOperation, status: Int?, duration: Duration, failure: IIQError?) {
        guard let handler = configuration.logHandler else { return }
        handler(
            IIQLogRecord(
                operation: operation.name, method: operation.method, path: operation.encodedPath, status: status,
                attempt: 1, duration: duration, failure: failure?.description))
    }
}
