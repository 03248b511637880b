import Synchronization

/// Time spent in each per-document stage, summed over every document and core: what
/// `sitrep ingest --timing` prints and the benchmarks compare (reading against extraction on
/// the same pages).
///
///     var pipeline = Pipeline()
///     pipeline.timings = StageTimings()
///     _ = try pipeline.process(document)
///     pipeline.timings?.totals.read   // seconds in the readers
public final class StageTimings: Sendable {
    public struct Totals: Sendable, Equatable {
        public var extract: Duration = .zero
        public var clean: Duration = .zero
        public var read: Duration = .zero
        public var documents = 0
    }

    private let state = Mutex(Totals())

    public init() {}

    public var totals: Totals { state.withLock { $0 } }

    func add(extract: Duration, clean: Duration, read: Duration) {
        state.withLock {
            $0.extract += extract
            $0.clean += clean
            $0.read += read
            $0.documents += 1
        }
    }
}
