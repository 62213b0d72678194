import Foundation
import IncidentIQ

/// Rows read from IIQ, waiting to be written.
struct FetchedBatch: Sendable {
    var rows: [IIQSyncRow]
    /// The entity's total, when the page said it.
    var total: Int?
    /// The checkpoint that is safe to store once these rows are written, when there is one.
    var checkpoint: IIQSyncCheckpoint?
}

/// Reading and writing overlap: a producer task reads pages and hands them over; the caller writes
/// them in order, each in its own transaction, while the next pages are read. So writing never
/// stalls the fetch, and what was read before a failure is still written.
enum BatchPipeline {
    /// An error with the page it happened on.
    struct StageError: Error {
        var stage: IIQSyncFailure.Stage
        var page: Int
        var error: any Error
    }

    /// Hands batches from the producer to the writer.
    struct Sender: Sendable {
        fileprivate let continuation: AsyncThrowingStream<FetchedBatch, any Error>.Continuation
        func send(_ batch: FetchedBatch) { continuation.yield(batch) }
    }

    /// Runs `produce` in a task and `consume` on each batch it sends, in order; returns what `produce`
    /// returned once every batch is written. Throws a ``StageError`` naming the page.
    static func run<Result: Sendable>(
        produce: @escaping @Sendable (Sender) async throws -> Result,
        consume: (FetchedBatch, Int) async throws -> Void
    ) async throws(StageError) -> Result {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: FetchedBatch.self)
        let producer = Task {
            do {
                let result = try await produce(Sender(continuation: continuation))
                continuation.finish()
                return result
            } catch {
                continuation.finish(throwing: error)
                throw error
            }
        }
        var page = 0
        do {
            for try await batch in stream {
                page += 1
                do {
                    try await consume(batch, page)
                } catch {
                    producer.cancel()
                    _ = await producer.result
                    throw StageError(stage: .writing, page: page, error: error)
                }
            }
        } catch let error as StageError {
            throw error
        } catch {
            throw StageError(stage: .reading, page: page + 1, error: error)
        }
        do {
            return try await producer.value
        } catch {
            throw StageError(stage: .reading, page: page + 1, error: error)
        }
    }
}
