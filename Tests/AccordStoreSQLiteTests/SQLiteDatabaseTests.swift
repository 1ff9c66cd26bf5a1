import AccordCore
import AccordStoreSQLite
import AccordTestSupport
import Foundation
import GRDB
import Testing

@Suite("SQLite database file")
struct SQLiteDatabaseTests {
    let directory: TemporaryDirectory
    var path: String { directory.file("accord.sqlite") }

    init() throws { directory = try TemporaryDirectory(prefix: "accord-sqlite") }

    /// Opens the file read-only with a plain GRDB queue, outside Accord's code.
    private func readOnly<T>(_ body: (Database) throws -> T) throws -> T {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration).read(body)
    }

    @Test("a new file is in WAL mode with the foundation migration applied")
    func fresh() throws {
        let database = try SQLiteDatabase(path: path)
        #expect(try database.journalMode() == "wal")
        #expect(try database.appliedMigrations() == SQLiteDatabase.knownMigrations)
        #expect(Array(SQLiteDatabase.knownMigrations.prefix(3)) == ["v1-foundation", "v2-ledger", "v3-inbox"])
        try database.close()
        #expect(try readOnly { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test("the database is reachable while open")
    func reachable() async throws {
        let database = try SQLiteDatabase(path: path)
        #expect(await database.stores.isReachable())
        try database.close()
    }

    @Test("reopening keeps the data and applies no migration again")
    func reopen() async throws {
        let first = try SQLiteDatabase(path: path)
        try await first.stores.tickets.save(DomainSamples.ticket())
        try await first.stores.ticketEvents.append(DomainSamples.event())
        try await first.stores.suppliers.save([DomainSamples.supplier()])
        try await first.stores.configurationItems.save(DomainSamples.configurationItem())
        try first.close()

        let second = try SQLiteDatabase(path: path)
        #expect(try second.appliedMigrations() == SQLiteDatabase.knownMigrations)
        #expect(try await second.stores.tickets.ticket("TKT-1") == DomainSamples.ticket())
        #expect(try await second.stores.ticketEvents.events(for: "TKT-1") == [DomainSamples.event()])
        #expect(try await second.stores.suppliers.allSuppliers() == [DomainSamples.supplier()])
        #expect(try await second.stores.configurationItems.items(of: DomainSamples.stratus) == [DomainSamples.configurationItem()])
        try second.close()
        #expect(try readOnly { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM grdb_migrations") } == SQLiteDatabase.knownMigrations.count)
    }

    @Test("the file passes integrity_check after writes and close, with the WAL folded in")
    func integrity() async throws {
        let database = try SQLiteDatabase(path: path)
        let stores = database.stores
        for index in 0..<50 {
            try await stores.tickets.save(DomainSamples.ticket(TicketID("TKT-\(index)"), externalID: "NET-\(index)"))
            try await stores.ticketEvents.append(DomainSamples.event(TicketEventID("EVT-\(index)"), ticket: TicketID("TKT-\(index)")))
            try await stores.configurationItems.save(DomainSamples.configurationItem(sourceKey: "srv-\(index)"))
        }
        try database.close()
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(walSize == 0)
        #expect(try readOnly { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
        #expect(try readOnly { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM ticket") } == 50)
        #expect(try readOnly { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM ci_identifier") } == 150)
    }
}
