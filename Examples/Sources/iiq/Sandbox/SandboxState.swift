import Foundation
import IncidentIQ
import IncidentIQTesting
import Synchronization

/// The built-in sandbox's state between runs of `iiq`: a journal of the writes made on it, one JSON line
/// each, replayed on the seeded district when the next run starts.
///
/// A journal, not a copy of the district: the district is generated from its seed in milliseconds
/// anyway, so only the changes need keeping. A write appends one short line (no rewrite of a
/// multi-megabyte file, no serialisable copy of every record type), and replaying a few hundred writes
/// costs less than generating the district. The sandbox draws the ids of the records a write creates
/// from the district's seed, so a replay recreates the same ticket numbers and ids.
///
/// The file is `$IIQ_SANDBOX_STATE` when set, else `$XDG_STATE_HOME/iiq/sandbox.jsonl`, else
/// `~/.local/state/iiq/sandbox.jsonl`. `iiq sandbox reset` removes it.
struct SandboxState: Sendable {
    /// The environment variable that names the state file.
    static let environmentKey = "IIQ_SANDBOX_STATE"
    /// The journal's format; a file of another format is refused with a way out, never misread.
    static let format = 1

    /// The state file.
    let file: URL

    /// The state file the environment names.
    init(environment: [String: String]) {
        if let path = environment[Self.environmentKey], !path.isEmpty {
            file = URL(fileURLWithPath: path)
        } else if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            file = URL(fileURLWithPath: state).appending(path: "iiq/sandbox.jsonl")
        } else {
            let home =
                environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
            file = home.appending(path: ".local/state/iiq/sandbox.jsonl")
        }
    }

    /// The first line: which district the writes were made on.
    struct Header: Codable, Equatable {
        var format: Int
        var seed: UInt64
        var assets: Int
    }

    /// One write, as it was sent: the method, the path and query below the API base URL, the body and the
    /// time the sandbox saw (seconds since 2001, exact, so a replay renders the same dates).
    struct Entry: Codable {
        var method: String
        var path: String
        var body: String?
        var at: Date
    }

    /// A sandbox of `district` with every kept write replayed, as a transport that keeps the new ones.
    func open(_ district: IIQSandboxDistrict) async throws(CommandFailure) -> JournalingSandbox {
        let clock = ReplayClock()
        let sandbox = IIQSandbox(district: district, now: { clock.now() })
        let header = Header(format: Self.format, seed: district.seed, assets: district.assets)
        let (entries, hasHeader) = try read(expecting: header)
        for (number, entry) in entries {
            clock.pin(entry.at)
            defer { clock.unpin() }
            let status: Int
            do {
                status = try await sandbox.send(replaying: entry).status
            } catch {
                throw unreadable("line \(number) could not be replayed (\(error))")
            }
            guard (200..<300).contains(status) else {
                throw unreadable(
                    "line \(number) (\(entry.method) \(entry.path.prefix(60))) no longer applies: HTTP \(status)")
            }
        }
        return JournalingSandbox(
            sandbox: sandbox, journal: SandboxJournal(file: file, header: header, isNew: !hasHeader), clock: clock)
    }

    /// Whether the state file exists.
    var exists: Bool { FileManager.default.fileExists(atPath: file.path) }

    /// Removes the state file; false when there was none.
    func reset() throws(CommandFailure) -> Bool {
        guard exists else { return false }
        do {
            try FileManager.default.removeItem(at: file)
        } catch {
            throw CommandFailure(
                message: "Could not remove the sandbox state at \(file.path): \(error.localizedDescription)")
        }
        return true
    }

    /// The entries with their line numbers, after checking the header names this district, and whether
    /// the file has a header yet (a missing or empty file has none).
    private func read(expecting header: Header) throws(CommandFailure) -> (entries: [(Int, Entry)], hasHeader: Bool) {
        guard exists else { return ([], false) }
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw unreadable("it cannot be read (\(error.localizedDescription))")
        }
        guard !data.isEmpty else { return ([], false) }
        let decoder = JSONDecoder()
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var entries: [(Int, Entry)] = []
        for (index, line) in lines.enumerated() where !line.isEmpty {
            if index == 0 {
                guard let found = try? decoder.decode(Header.self, from: Data(line)) else {
                    throw unreadable("its first line is not an iiq sandbox header")
                }
                guard found == header else {
                    throw unreadable(
                        "it was written for format \(found.format), seed \(found.seed), \(found.assets) assets, "
                            + "not format \(header.format), seed \(header.seed), \(header.assets) assets")
                }
                continue
            }
            guard let entry = try? decoder.decode(Entry.self, from: Data(line)) else {
                throw unreadable("line \(index + 1) is not a write iiq recorded")
            }
            entries.append((index + 1, entry))
        }
        if lines.first?.isEmpty ?? true { throw unreadable("its first line is empty") }
        return (entries, true)
    }

    private func unreadable(_ reason: String) -> CommandFailure {
        CommandFailure(
            message: "The built-in sandbox's state in \(file.path) is unusable: \(reason). "
                + "Run 'iiq sandbox reset' to start again from the seeded district (the writes kept there are lost).")
    }
}

/// Appends the writes of this run to the state file.
final class SandboxJournal: Sendable {
    let file: URL
    private let header: SandboxState.Header
    /// Whether the header is still to be written; one process appends, under the lock.
    private let needsHeader: Mutex<Bool>

    init(file: URL, header: SandboxState.Header, isNew: Bool) {
        self.file = file
        self.header = header
        self.needsHeader = Mutex(isNew)
    }

    /// Appends `entry`, creating the file (and its folder) with its header on the first write.
    func append(_ entry: SandboxState.Entry) throws(CommandFailure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            try needsHeader.withLock { needsHeader in
                var text = Data()
                if needsHeader {
                    try FileManager.default.createDirectory(
                        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                    if !FileManager.default.fileExists(atPath: file.path) {
                        try Data().write(to: file)
                    }
                    text.append(try encoder.encode(header))
                    text.append(UInt8(ascii: "\n"))
                }
                text.append(try encoder.encode(entry))
                text.append(UInt8(ascii: "\n"))
                let handle = try FileHandle(forWritingTo: file)
                defer { try? handle.close() }
                try handle.seekToEnd()
                try handle.write(contentsOf: text)
                needsHeader = false
            }
        } catch {
            throw CommandFailure(
                message: "The write succeeded, but could not be kept in \(file.path): \(error.localizedDescription)")
        }
    }
}

/// The sandbox's clock: now, except while a kept write is replayed, when it is that write's time.
final class ReplayClock: Sendable {
    private let pinned = Mutex<Date?>(nil)

    func now() -> Date { pinned.withLock { $0 } ?? Date() }
    func pin(_ date: Date) { pinned.withLock { $0 = date } }
    func unpin() { pinned.withLock { $0 = nil } }
}

extension IIQSandbox {
    /// Sends a kept write again, with a fresh token of this sandbox (tokens are never kept).
    fileprivate func send(replaying entry: SandboxState.Entry) async throws -> IIQHTTPResponse {
        guard let url = URL(string: baseURL.absoluteString + entry.path) else { throw URLError(.badURL) }
        var headers = IIQHTTPHeaders([
            ("Authorization", "Bearer \(issueToken())"), ("SiteId", siteID.uuidString.lowercased()),
        ])
        if entry.body != nil { headers.add(name: "Content-Type", value: "application/json") }
        return try await send(
            IIQHTTPRequest(
                method: IIQHTTPMethod(rawValue: entry.method), url: url, headers: headers,
                body: entry.body.map { Data($0.utf8) }))
    }
}
