import Dispatch
import Foundation

/// Ingests inputs into a store: read → hash → skip what is stored → extract, clean, read → save.
///
///     let summary = try IngestJob().run(["../shared/seeds"], into: store) { event in … }
///     summary.ingested, summary.alreadyPresent, summary.failures
///
/// Documents flow in batches: a batch is processed on every core, then saved in one transaction.
/// Memory stays bounded by one batch however large the corpus, and a killed run loses at most the
/// batch in flight, which the next run stores.
public struct IngestJob: Sendable {
    public var ingestor: Ingestor
    public var pipeline: Pipeline
    /// Documents per batch (and transaction).
    public var batchSize: Int
    /// A batch is also flushed once it holds this many payload bytes.
    public var batchBytes: Int

    public init(ingestor: Ingestor = Ingestor(), pipeline: Pipeline = Pipeline(), batchSize: Int = 128,
                batchBytes: Int = 32 << 20) {
        self.ingestor = ingestor
        self.pipeline = pipeline
        self.batchSize = batchSize
        self.batchBytes = batchBytes
    }

    public func run(_ paths: [String], into store: any ArticleStore,
                    events: (IngestEvent) -> Void = { _ in }) throws -> IngestSummary {
        let plan = ingestor.plan(paths)
        var state = IngestProgress(files: plan.files.count, totalBytes: plan.totalBytes)
        var failures: [IngestError] = []
        let clock = ContinuousClock.now
        events(.planned(state))
        for error in plan.errors {
            failures.append(error)
            state.failed += 1
            events(.failed(error))
        }

        var batch: [(document: SourceDocument, hash: String)] = []
        var pendingBytes = 0
        func flush() throws {
            guard !batch.isEmpty else { return }
            let outcome = try process(batch, store: store)
            state.ingested += outcome.ingested
            state.alreadyPresent += outcome.alreadyPresent
            state.failed += outcome.failures.count
            failures += outcome.failures
            outcome.failures.forEach { events(.failed($0)) }
            batch.removeAll(keepingCapacity: true)
            pendingBytes = 0
        }

        for file in plan.files {
            let bytesBefore = state.bytesDone
            try ingestor.read(file, document: { document in
                batch.append((document, ContentHash.hex(of: document.payload)))
                pendingBytes += document.payload.count
                if batch.count >= batchSize || pendingBytes >= batchBytes {
                    try flush()
                    state.elapsed = ContinuousClock.now - clock
                    events(.progress(state))
                }
            }, failure: { error in
                failures.append(error)
                state.failed += 1
                events(.failed(error))
            }, progress: { consumed in
                state.bytesDone = bytesBefore + consumed
            })
            state.filesDone += 1
            state.bytesDone = bytesBefore + (file.size ?? 0)
        }
        try flush()
        state.elapsed = ContinuousClock.now - clock
        events(.progress(state))
        return IngestSummary(progress: state, failures: failures)
    }

    private struct BatchOutcome {
        var ingested = 0
        var alreadyPresent = 0
        var failures: [IngestError] = []
    }

    /// Skips stored and repeated documents, processes the rest in parallel, saves them together.
    private func process(_ batch: [(document: SourceDocument, hash: String)], store: any ArticleStore) throws -> BatchOutcome {
        var outcome = BatchOutcome()
        let stored = try store.storedHashes(among: batch.map(\.hash))
        var seen = Set<String>()
        let fresh = batch.filter { item in
            guard !stored.contains(item.hash), seen.insert(item.hash).inserted else {
                outcome.alreadyPresent += 1
                return false
            }
            return true
        }
        let results = processInParallel(fresh)
        var articles: [ProcessedArticle] = []
        for result in results {
            switch result {
            case .success(let article): articles.append(article)
            case .failure(let error): outcome.failures.append(error)
            }
        }
        let inserted = try store.save(articles)
        outcome.ingested = inserted
        // Another writer may have stored the same content between our check and our write.
        outcome.alreadyPresent += articles.count - inserted
        return outcome
    }

    private func processInParallel(_ items: [(document: SourceDocument, hash: String)]) -> [Result<ProcessedArticle, IngestError>] {
        let pipeline = self.pipeline
        var results = [Result<ProcessedArticle, IngestError>?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                let item = items[index]
                do throws(IngestError) {
                    slots[index] = .success(try pipeline.process(item.document, contentHash: item.hash))
                } catch {
                    slots[index] = .failure(error)
                }
            }
        }
        return results.map { $0! }
    }
}

/// What an ingest run has done so far.
public struct IngestProgress: Sendable, Hashable {
    public var files: Int
    public var filesDone = 0
    public var totalBytes: Int
    public var bytesDone = 0
    public var ingested = 0
    public var alreadyPresent = 0
    public var failed = 0
    public var elapsed: Duration = .zero

    public var documentsDone: Int { ingested + alreadyPresent + failed }
}

public enum IngestEvent: Sendable {
    case planned(IngestProgress)
    case progress(IngestProgress)
    case failed(IngestError)
}

/// How an ingest run ended.
public struct IngestSummary: Sendable {
    public var progress: IngestProgress
    public var failures: [IngestError]

    public var ingested: Int { progress.ingested }
    public var alreadyPresent: Int { progress.alreadyPresent }
}
