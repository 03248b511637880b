import Dispatch
import Foundation

/// Ingests inputs into a store: read → hash → skip what is stored → extract, clean, read → save.
///
///     let summary = try IngestJob().run(["../shared/seeds"], into: store) { event in … }
///     summary.ingested, summary.alreadyPresent, summary.failures
///
/// Documents flow in batches: a batch is processed on every core, then saved in one transaction
/// on a writer thread while the next batch is read and processed. Memory stays bounded by a few
/// batches however large the corpus, and a killed run loses at most the batches in flight, which
/// the next run stores.
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
        let tally = IngestTally(IngestProgress(files: plan.files.count, totalBytes: plan.totalBytes))
        let clock = ContinuousClock.now
        events(.planned(tally.progress))
        for error in plan.errors {
            tally.failed([error])
            events(.failed(error))
        }

        let writer = BatchWriter(store: store)
        var batch: [(document: SourceDocument, hash: String)] = []
        var pendingBytes = 0
        func flush() throws {
            guard !batch.isEmpty else { return }
            let prepared = try prepare(batch, store: store)
            tally.alreadyPresent(prepared.alreadyPresent)
            tally.failed(prepared.failures)
            prepared.failures.forEach { events(.failed($0)) }
            let count = prepared.articles.count
            try writer.submit(prepared.articles) { inserted in
                // Another writer may have stored the same content since the check.
                tally.saved(inserted, alreadyPresent: count - inserted)
            }
            batch.removeAll(keepingCapacity: true)
            pendingBytes = 0
        }

        for file in plan.files {
            let bytesBefore = tally.progress.bytesDone
            try ingestor.read(file, document: { document in
                batch.append((document, ContentHash.hex(of: document.payload)))
                pendingBytes += document.payload.count
                if batch.count >= batchSize || pendingBytes >= batchBytes {
                    try flush()
                    tally.update { $0.elapsed = ContinuousClock.now - clock }
                    events(.progress(tally.progress))
                }
            }, failure: { error in
                tally.failed([error])
                events(.failed(error))
            }, progress: { consumed in
                tally.update { $0.bytesDone = bytesBefore + consumed }
            })
            tally.update {
                $0.filesDone += 1
                $0.bytesDone = bytesBefore + (file.size ?? 0)
            }
        }
        try flush()
        try writer.finish()
        // Reads only what came in since the last pass: this run's articles, or a killed run's.
        let corpusPass = try CorpusPass().run(on: store)
        tally.update { $0.elapsed = ContinuousClock.now - clock }
        events(.progress(tally.progress))
        return IngestSummary(progress: tally.progress, failures: tally.failures, corpusPass: corpusPass)
    }

    private struct PreparedBatch {
        var articles: [ProcessedArticle] = []
        var alreadyPresent = 0
        var failures: [IngestError] = []
    }

    /// Skips stored and repeated documents and processes the rest in parallel.
    private func prepare(_ batch: [(document: SourceDocument, hash: String)], store: any ArticleStore) throws -> PreparedBatch {
        var prepared = PreparedBatch()
        let stored = try store.storedHashes(among: batch.map(\.hash))
        var seen = Set<String>()
        let fresh = batch.filter { item in
            guard !stored.contains(item.hash), seen.insert(item.hash).inserted else {
                prepared.alreadyPresent += 1
                return false
            }
            return true
        }
        for result in processInParallel(fresh) {
            switch result {
            case .success(let article): prepared.articles.append(article)
            case .failure(let error): prepared.failures.append(error)
            }
        }
        return prepared
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

/// The counts of a run, shared by the reading thread and the writer's.
final class IngestTally: @unchecked Sendable {
    private let lock = NSLock()
    private var state: IngestProgress
    private var failureList: [IngestError] = []

    init(_ progress: IngestProgress) { state = progress }

    var progress: IngestProgress { lock.withLock { state } }
    var failures: [IngestError] { lock.withLock { failureList } }

    func update(_ change: (inout IngestProgress) -> Void) { lock.withLock { change(&state) } }

    func failed(_ errors: [IngestError]) {
        lock.withLock {
            failureList += errors
            state.failed += errors.count
        }
    }

    func alreadyPresent(_ count: Int) { update { $0.alreadyPresent += count } }

    func saved(_ inserted: Int, alreadyPresent: Int) {
        update {
            $0.ingested += inserted
            $0.alreadyPresent += alreadyPresent
        }
    }
}

/// How an ingest run ended.
public struct IngestSummary: Sendable {
    public var progress: IngestProgress
    public var failures: [IngestError]
    /// The wall time of each step of the corpus pass that ended the run.
    public var corpusPass = CorpusPass.Timings()

    public var ingested: Int { progress.ingested }
    public var alreadyPresent: Int { progress.alreadyPresent }
}
