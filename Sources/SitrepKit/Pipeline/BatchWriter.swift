import Dispatch
import Foundation

/// Saves batches of articles on a thread of its own, so the next batch is read and processed
/// while the last one is written. At most one batch waits behind the one being saved, which
/// bounds memory; the first store error is kept and rethrown to the caller.
final class BatchWriter: @unchecked Sendable {
    private let store: any ArticleStore
    private let queue = DispatchQueue(label: "sitrep.batch-writer")
    private let slots = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    private var failure: (any Error)?

    init(store: any ArticleStore) { self.store = store }

    /// Queues `articles` for saving; `saved` runs on the writer's thread with how many were new.
    func submit(_ articles: [ProcessedArticle], saved: @escaping @Sendable (Int) -> Void) throws {
        try rethrowFailure()
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard !hasFailed else { return }
            do {
                saved(try store.save(articles))
            } catch {
                lock.withLock { failure = error }
            }
        }
    }

    /// Waits for every queued batch to be saved.
    func finish() throws {
        queue.sync {}
        try rethrowFailure()
    }

    private var hasFailed: Bool { lock.withLock { failure != nil } }

    private func rethrowFailure() throws {
        if let error = lock.withLock({ failure }) { throw error }
    }
}
