@testable import SitrepKit

/// ../shared/seeds ingested into a fresh SQLite store, as `sitrep ingest` would: for tests that
/// list what the corpus pass found. The directory holds the store as long as the value lives.
struct SeededStore {
    let directory = TemporaryDirectory()
    let db: String

    init(name: String) {
        db = directory.file(name)
        let store = try! SQLiteStore(path: db)
        let job = try! IngestJob().run([PackagePaths.seeds], into: store)
        precondition(job.ingested == 5 && job.failures.isEmpty, "the seeds did not ingest")
    }

    func open() throws -> SQLiteStore {
        try SQLiteStore(path: db)
    }
}
