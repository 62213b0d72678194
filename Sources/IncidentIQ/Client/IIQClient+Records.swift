import Foundation

/// Decoding with per-record isolation: each response is decoded with a ``DecodingLog`` in scope, so
/// a bad record is skipped and a drifted field reads as `nil`, both reported to the page, the log
/// hook and, under a strict ``IIQDecodingPolicy``, as an error.
extension IIQClient {
    /// What a decode left out and read as `nil`.
    struct DecodingReport {
        var skipped: [IIQSkippedRecord]
        var drifts: [IIQFieldDrift]
        /// The log record of what was left out, when it was deferred rather than sent to the log hook.
        var deferredLog: IIQLogRecord?
    }

    /// Decodes `response` as `Envelope` with a log in scope, applies the call's policy and logs the
    /// report.
    ///
    /// - Parameters:
    ///   - pageIndex: The page of a walk, stamped on every skip and drift.
    ///   - requestedID: For `get(id)`: the id to fill in when the item lacks its own.
    ///   - defersLog: Keep the log record in the report instead of sending it to the log hook now. A
    ///     page of a walk is logged when it is delivered, so the hook hears of pages in page order
    ///     even when they arrive out of order.
    func decodeReporting<Envelope: IIQEnvelope>(
        _ type: Envelope.Type, from response: IIQHTTPResponse, of operation: IIQOperation, options: IIQRequestOptions,
        pageIndex: Int? = nil, requestedID: DecodingLog.RequestedID? = nil, defersLog: Bool = false
    ) throws(IIQError) -> (Envelope, DecodingReport) {
        let clock = ContinuousClock()
        let start = clock.now
        let envelope: Envelope
        let log: DecodingLog
        do {
            (envelope, log) = try DecodingLog.record(requestedID: requestedID) {
                try interpreter.decode(Envelope.self, from: response, of: operation)
            }
        } catch let error as IIQError {
            throw error
        } catch {
            throw .decoding(
                IIQDecodingFailure(
                    request: interpreter.summary(of: operation), codingPath: "",
                    expectedType: String(describing: Envelope.self),
                    problem: "unreadable value"))
        }
        var report = DecodingReport(skipped: log.skipped, drifts: log.drifts)
        if let pageIndex {
            for index in report.skipped.indices { report.skipped[index].pageIndex = pageIndex }
            for index in report.drifts.indices { report.drifts[index].pageIndex = pageIndex }
        }
        let record = decodingRecord(report, of: operation, status: response.status, duration: clock.now - start)
        if defersLog {
            report.deferredLog = record
        } else if let record {
            configuration.logHandler?(record)
        }
        let policy = options.decodingPolicy ?? configuration.decodingPolicy
        if policy.failsOnSkippedRecord, let skip = report.skipped.first {
            throw .decoding(
                IIQDecodingFailure(
                    request: interpreter.summary(of: operation), codingPath: skip.codingPath, expectedType: "a record",
                    problem: skip.problem))
        }
        if policy.failsOnFieldDrift, let drift = report.drifts.first {
            throw .decoding(
                IIQDecodingFailure(
                    request: interpreter.summary(of: operation), codingPath: drift.codingPath,
                    expectedType: drift.expectedType, problem: drift.problem))
        }
        return (envelope, report)
    }

    /// One page of a walk: the good records, and what was skipped or read as `nil`. `slot` is the
    /// walk's gate, for a page of a parallel walk.
    func recordsPage<Item: Decodable & Sendable>(
        _ type: Item.Type, _ operation: IIQOperation, pageIndex: Int, pageSize: Int, options: IIQRequestOptions,
        slot: GateSlot = .none
    ) async throws(IIQError) -> IIQPage<Item> {
        let response = try await send(operation, options: options, slot: slot)
        let (envelope, report) = try decodeReporting(
            ListEnvelope<Item>.self, from: response, of: operation, options: options, pageIndex: pageIndex,
            defersLog: true)
        var page = IIQPage(envelope, pageIndex: pageIndex, pageSize: pageSize)
        page.skipped = report.skipped
        page.drifts = report.drifts
        if let record = report.deferredLog, let handler = configuration.logHandler {
            page.onDelivery = { handler(record) }
        }
        return page
    }

    /// All `Items` of a route that answers in one response; skips and drifts go to the log hook.
    func records<Item: Decodable>(_ type: Item.Type, _ operation: IIQOperation, options: IIQRequestOptions)
        async throws(IIQError) -> [Item]
    {
        let response = try await send(operation, options: options)
        return try decodeReporting(ListEnvelope<Item>.self, from: response, of: operation, options: options).0.items
    }

    /// The single `Item` of a `get(id)`. An item without its own id takes `id`, reported as a drift.
    func record<Entity: Decodable>(_ type: Entity.Type, id: UUID, _ operation: IIQOperation, options: IIQRequestOptions)
        async throws(IIQError) -> Entity
    {
        let response = try await send(operation, options: options)
        let (envelope, _) = try decodeReporting(
            ItemEnvelope<Entity>.self, from: response, of: operation, options: options,
            requestedID: DecodingLog.RequestedID(entity: ObjectIdentifier(Entity.self), uuid: id))
        guard let item = envelope.item else {
            throw interpreter.missingItem(Entity.self, of: operation)
        }
        return item
    }

    /// The log record of what a decode left out; `nil` when nothing was, or nobody listens.
    private func decodingRecord(_ report: DecodingReport, of operation: IIQOperation, status: Int, duration: Duration)
        -> IIQLogRecord?
    {
        guard configuration.logHandler != nil, !report.skipped.isEmpty || !report.drifts.isEmpty else { return nil }
        var record = IIQLogRecord(
            operation: operation.name, method: operation.method, path: interpreter.scrub(operation.encodedPath),
            status: status, attempt: 1,
            duration: duration)
        record.skippedRecords = report.skipped
        record.fieldDrifts = report.drifts
        return record
    }
}
