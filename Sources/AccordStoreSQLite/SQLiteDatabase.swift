import AccordCore
import Foundation
import GRDB

/// An Accord database in one SQLite file: a GRDB `DatabasePool` in WAL mode with the schema migrated.
public final class SQLiteDatabase: Sendable {
    let pool: DatabasePool
    /// One inbox store per database, so that all deliveries share its group commit.
    private let inbox: SQLiteInboxStore

    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    ///
    /// - Parameter synchronous: `full` (the default) syncs the WAL to disk at every commit, so an
    ///   acknowledged delivery survives power loss; `normal` syncs at checkpoints only (faster; a
    ///   power cut may lose the last commits, never corrupt the file).
    public init(path: String, synchronous: SQLiteSynchronous = .full) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        configuration.label = "accord"
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        pool = try DatabasePool(path: path, configuration: configuration)
        // GRDB puts WAL connections on synchronous=NORMAL; the writer connection (the only one
        // that commits) gets the configured level, FULL by default.
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = \(synchronous.rawValue.uppercased())")
            // 16 MiB of page cache for the writer (SQLite's default is 2 MiB): a sync page's
            // transaction (~4,000 rows and the raw page) then stays in memory until its commit
            // instead of spilling to the WAL part-way, and index pages stay cached between pages.
            // (64 MiB was no faster and put a 1M-record import over its 300 MB memory budget.)
            try db.execute(sql: "PRAGMA cache_size = -16384")
        }
        try AccordMigrations.migrator.migrate(pool)
        inbox = SQLiteInboxStore(pool: pool)
    }

    /// The ports backed by this database.
    public var stores: AccordStores {
        var stores = AccordStores(
            suppliers: SQLiteSupplierStore(pool: pool),
            tickets: SQLiteTicketStore(pool: pool),
            ticketEvents: SQLiteTicketEventStore(pool: pool),
            configurationItems: SQLiteConfigurationItemStore(pool: pool),
            ledger: SQLiteLedgerStore(pool: pool),
            calendarVersions: SQLiteCalendarVersionStore(pool: pool),
            inbox: inbox,
            cmdb: SQLiteCMDBStore(pool: pool),
            tokens: SQLiteTokenStore(pool: pool),
            listeners: SQLiteListenerStore(pool: pool),
            isReachable: { [pool] in
                (try? await pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
            }
        )
        stores.clockRecords = SQLiteClockRecordStore(pool: pool)
        stores.supplierReports = SQLiteSupplierReportStore(pool: pool)
        stores.transactionalTicketDeliveries = SQLiteTicketDeliveryStore(pool: pool)
        stores.transactionalConfigurationItemDeliveries = SQLiteConfigurationItemDeliveryStore(pool: pool)
        return stores
    }

    /// The `synchronous` level SQLite reports for the writer connection (2 = FULL, 1 = NORMAL).
    public func synchronousLevel() throws -> Int {
        try pool.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// The journal mode SQLite reports (`wal` once opened).
    public func journalMode() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// The names of every migration this build knows, in the order they apply.
    public static var knownMigrations: [String] { AccordMigrations.migrator.migrations }

    /// The names of applied migrations, oldest first.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try AccordMigrations.migrator.appliedMigrations(db) }
    }

    /// Checkpoints the WAL into the main file and closes every connection.
    ///
    /// A checkpoint that cannot run (another connection busy, an interrupted statement during
    /// shutdown) is skipped: the WAL stays beside the file and SQLite replays it on the next open.
    public func close() throws {
        try? pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        try pool.close()
    }
}

/// Maps SQLite constraint failures to the store's domain error.
func translatingConstraints<T>(_ what: @autoclosure () -> String, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
        throw StoreError.conflict(what())
    }
}
