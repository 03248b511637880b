import Foundation
import GRDB

/// The embedded default store: one SQLite file, in WAL mode so readers never wait on the writer.
///
///     let store = try SQLiteStore(path: "sitrep.sqlite")
///
/// A batch of articles is written in one transaction, so a killed process leaves every batch
/// either wholly stored or wholly absent; the next run stores what is missing.
public final class SQLiteStore: Sendable {
    let pool: DatabasePool
    public let path: String

    public init(path: String) throws {
        var configuration = Configuration()
        // Several processes may share one file (a second ingest, a report while ingesting).
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // WAL with NORMAL sync survives a killed process; only a power cut may lose the last batch.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try Self.open(path, configuration)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        }
        self.path = path
    }

    /// Opens the file and brings its schema up to date, even when other processes are doing the
    /// same. Two processes opening a new file at once (an ingest and a report, two workers) race
    /// to switch it to WAL and to apply the migrations: SQLite refuses the loser at once rather
    /// than wait ("database is locked": a busy timeout cannot help a reader turned writer), or
    /// lets it run after the winner commits, into "table already exists". Each migration is one
    /// transaction with its record, so a failed attempt leaves nothing behind; the loser tries
    /// again and finds the work done.
    private static func open(_ path: String, _ configuration: Configuration) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try SQLiteSchema.migrator.migrate(pool)
                return pool
            } catch let error as DatabaseError where attempt < 50 && Self.lostTheRace(error) {
                attempt += 1
                usleep(UInt32(10_000 * min(attempt, 10)))
            }
        }
    }

    /// The errors of a process that lost the race to set the file up; any other is reported.
    private static func lostTheRace(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return true
        case .SQLITE_ERROR:
            let message = error.message ?? ""
            return message.contains("already exists") || message.contains("duplicate column")
        default:
            return false
        }
    }

    /// Runs `body` over `values` in chunks of 500, with the chunk's `?, ?, …` placeholders: SQLite
    /// caps the parameters of one statement.
    static func inChunks(_ values: [String], _ body: (String, StatementArguments) throws -> Void) rethrows {
        for start in stride(from: 0, to: values.count, by: 500) {
            let chunk = Array(values[start..<min(start + 500, values.count)])
            try body(Array(repeating: "?", count: chunk.count).joined(separator: ","), StatementArguments(chunk))
        }
    }

    static let publicationOrder = "ORDER BY published IS NULL, published, title, id"
}

public enum StoreError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): return "\(path): cannot open the database: \(reason)"
        }
    }
}
