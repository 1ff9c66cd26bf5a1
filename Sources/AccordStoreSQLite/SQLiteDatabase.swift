import AccordCore
import Foundation
import GRDB

/// An Accord database in one SQLite file: a GRDB `DatabasePool` in WAL mode with the schema migrated.
public final class SQLiteDatabase: Sendable {
    let pool: DatabasePool

    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        configuration.label = "accord"
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        pool = try DatabasePool(path: path, configuration: configuration)
        try AccordMigrations.migrator.migrate(pool)
    }

    /// The ports backed by this database.
    public var stores: AccordStores {
        AccordStores(
            suppliers: SQLiteSupplierStore(pool: pool),
            tickets: SQLiteTicketStore(pool: pool),
            ticketEvents: SQLiteTicketEventStore(pool: pool),
            configurationItems: SQLiteConfigurationItemStore(pool: pool),
            ledger: SQLiteLedgerStore(pool: pool),
            calendarVersions: SQLiteCalendarVersionStore(pool: pool),
            isReachable: { [pool] in
                (try? await pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
            }
        )
    }

    /// The journal mode SQLite reports (`wal` once opened).
    public func journalMode() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// The names of applied migrations, oldest first.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try AccordMigrations.migrator.appliedMigrations(db) }
    }

    /// Checkpoints the WAL into the main file and closes every connection.
    public func close() throws {
        try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
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
