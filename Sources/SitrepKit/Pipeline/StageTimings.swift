import Synchronization

/// CPU time spent in each per-document stage, summed over every document and core: what
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
        /// Each reader's share of `read`, by the reader's type name, in the stage's order.
        public var readers: [(name: String, time: Duration)] = []

        public static func == (a: Totals, b: Totals) -> Bool {
            a.extract == b.extract && a.clean == b.clean && a.read == b.read && a.documents == b.documents
                && a.readers.elementsEqual(b.readers) { $0.name == $1.name && $0.time == $1.time }
        }
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

    func add(readers spent: [(String, Duration)]) {
        state.withLock { totals in
            for (name, time) in spent {
                if let i = totals.readers.firstIndex(where: { $0.name == name }) {
                    totals.readers[i].time += time
                } else {
                    totals.readers.append((name, time))
                }
            }
        }
    }
}
