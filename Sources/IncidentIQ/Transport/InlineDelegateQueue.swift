#if canImport(FoundationNetworking)
    import Foundation

    /// The delegate queue of ``URLSessionTransport``'s session on Linux: it runs each delegate call at
    /// once, on the thread that hands it over, instead of queueing it.
    ///
    /// FoundationNetworking hands every body chunk to the delegate queue from libcurl's write callback,
    /// after decompressing it, and libcurl goes on reading meanwhile. With an ordinary queue, a server
    /// that sends faster than the delegate drains (a gzip bomb expands at about a gigabyte a second)
    /// piles up chunks in the queue with no bound: the size cap then limits what the delegate keeps, not
    /// what the process holds. Run inline, each chunk is counted or dropped before libcurl reads the
    /// next, so memory stays within the cap plus one chunk.
    ///
    /// The delegate must therefore never call back into the session synchronously from a delegate
    /// method: `URLSessionTask.cancel()` does `workQueue.sync`, so ``SessionDelegate`` cancels from
    /// another queue.
    ///
    /// `@unchecked Sendable` is inherited from `OperationQueue` and this subclass adds no state, so it
    /// is as safe as its superclass.
    final class InlineDelegateQueue: OperationQueue, @unchecked Sendable {
        override func addOperation(_ block: @escaping @Sendable () -> Void) {
            block()
        }

        override func addOperation(_ operation: Operation) {
            operation.start()
        }
    }
#endif
