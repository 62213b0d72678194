import Foundation
import IncidentIQ
import IncidentIQTesting

/// The built-in sandbox as a transport that keeps every write it accepts in the state file, so the next
/// run of `iiq` sees it.
struct JournalingSandbox: IIQTransport {
    let sandbox: IIQSandbox
    let journal: SandboxJournal
    /// The sandbox's clock, pinned while a write runs so that the journal keeps the exact time it saw.
    let clock: ReplayClock

    func send(_ request: IIQHTTPRequest) async throws -> IIQHTTPResponse {
        guard sandbox.changesState(request) else { return try await sandbox.send(request) }
        let at = Date()
        clock.pin(at)
        let response: IIQHTTPResponse
        do {
            response = try await sandbox.send(request)
            clock.unpin()
        } catch {
            clock.unpin()
            throw error
        }
        guard (200..<300).contains(response.status) else { return response }
        let base = sandbox.baseURL.absoluteString
        let url = request.url.absoluteString
        let path = url.hasPrefix(base) ? String(url.dropFirst(base.count)) : request.url.path
        // Only the method, path, body and time: the headers, and so the token, are never kept.
        try journal.append(
            SandboxState.Entry(
                method: request.method.rawValue, path: path,
                body: request.body.map { String(decoding: $0, as: UTF8.self) },
                at: at))
        return response
    }
}
