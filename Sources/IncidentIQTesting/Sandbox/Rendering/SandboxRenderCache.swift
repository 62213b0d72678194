import Foundation
import Synchronization

/// Assets already written as JSON, by id, for one state of the store: a benchmark's sandbox server
/// then spends its CPU on copying bytes, not on rendering, so a client benchmark measures the client.
///
/// A cache belongs to one state of the store: the sandbox replaces it on every write (see
/// `IIQSandbox.State.noteWrite()`), so a read never sees a rendering older than the records it
/// reads. Reads render in parallel, so entries are kept under a lock. Nothing is evicted: a cache
/// holds every asset a read has rendered, about 3 KB each.
final class SandboxRenderCache: Sendable {
    private let entries = Mutex<[UUID: SandboxRendered]>([:])

    /// The asset `id` as `render` writes it, rendered once per cache.
    func asset(_ id: UUID, render: () -> SandboxJSON) -> SandboxJSON {
        if let known = entries.withLock({ $0[id] }) { return .rendered(known) }
        let rendered = SandboxRendered(render().bytes)
        entries.withLock { $0[id] = rendered }
        return .rendered(rendered)
    }
}

/// JSON already written, copied into an answer as it is.
final class SandboxRendered: Sendable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }
}
