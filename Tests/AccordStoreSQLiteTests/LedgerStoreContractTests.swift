import AccordCore
import AccordLedger
import AccordStoreSQLite
import AccordTestSupport
import Foundation
import GRDB
import Testing

@Suite("LedgerStore and CalendarVersionStore contracts")
struct LedgerStoreContractTests {
    /// A small real chain: three entries derived and hashed by the ledger.
    static func chain(ticket: TicketID = "TKT-1", after existing: [ChainedLedgerEntry] = []) -> [ChainedLedgerEntry] {
        let base = DomainSamples.preciseInstant
        let entries = [LedgerEntryKind.started, .paused, .resumed].enumerated().map { index, kind in
            LedgerEntry(
                ticketID: ticket, agreementID: "netnova-ola", clock: .resolution, cycle: 1, kind: kind,
                instant: base.addingTimeInterval(Double(index) * 600.5), elapsed: index * 600, target: 14_400,
                reason: kind == .paused ? "customer" : nil, causingEvent: TicketEventID("EVT-\(index)"),
                calendarID: "uk-office", calendarVersion: Date(timeIntervalSince1970: 0)
            )
        }
        return LedgerChain.append(existing.map(\.entry) + entries, to: existing, ticketID: ticket, recomputedAt: base, cause: nil)
    }

    @Test("Chains round-trip exactly and stay verifiable", arguments: StoreBackend.allCases)
    func roundTrip(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let chain = Self.chain()
            try await stores.ledger.append(chain)
            try await stores.ledger.append(Self.chain(ticket: "TKT-0"))
            let stored = try await stores.ledger.entries(for: "TKT-1")
            #expect(stored == chain)
            #expect(LedgerChain.verify(stored) == .intact(entries: 3))
            #expect(try await stores.ledger.ticketsWithEntries() == ["TKT-0", "TKT-1"])
        }
    }

    @Test("An entry that does not follow the stored chain is refused and nothing is written", arguments: StoreBackend.allCases)
    func sequenceGap(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let chain = Self.chain()
            try await stores.ledger.append(Array(chain.prefix(1)))
            await expectConflict { try await stores.ledger.append([chain[2]]) }
            await expectConflict { try await stores.ledger.append([chain[1], chain[2], chain[1]]) }
            #expect(try await stores.ledger.entries(for: "TKT-1").count == 1)
        }
    }

    @Test("A calendar version is recorded once per distinct definition, oldest first", arguments: StoreBackend.allCases)
    func calendarVersions(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let store = stores.calendarVersions
            let t0 = DomainSamples.preciseInstant
            #expect(try await store.record(calendar: "uk-office", definitionJSON: "{\"v\":1}", effectiveFrom: t0))
            #expect(try await !store.record(calendar: "uk-office", definitionJSON: "{\"v\":1}", effectiveFrom: t0.addingTimeInterval(60)))
            #expect(try await store.record(calendar: "uk-office", definitionJSON: "{\"v\":2}", effectiveFrom: t0.addingTimeInterval(120)))
            let versions = try await store.versions(of: "uk-office")
            #expect(versions.map(\.definitionJSON) == ["{\"v\":1}", "{\"v\":2}"])
            #expect(versions.map(\.effectiveFrom) == [t0, t0.addingTimeInterval(120)])
            #expect(try await store.versions(of: "24x7").isEmpty)
        }
    }

    @Test("The SQLite ledger table refuses UPDATE and DELETE", arguments: [
        "UPDATE ledger_entry SET elapsed = 0 WHERE sequence = 2",
        "DELETE FROM ledger_entry WHERE sequence = 3",
        "DELETE FROM ledger_entry",
    ])
    func appendOnlyTriggers(statement: String) async throws {
        let directory = try TemporaryDirectory(prefix: "accord-ledger")
        let database = try SQLiteDatabase(path: directory.file("accord.sqlite"))
        try await database.stores.ledger.append(Self.chain())
        try database.close()
        let queue = try DatabaseQueue(path: directory.file("accord.sqlite"))
        await #expect(throws: DatabaseError.self) {
            try await queue.write { db in try db.execute(sql: statement) }
        }
        let count = try await queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ledger_entry") }
        #expect(count == 3)
        let elapsed = try await queue.read { db in try Int.fetchOne(db, sql: "SELECT elapsed FROM ledger_entry WHERE sequence = 2") }
        #expect(elapsed == 600)
    }
}
