import AccordConfig
import AccordCore
import AccordServer
import AccordStoreSQLite
import AccordTestSupport
import Foundation
import GRDB
import Testing

@Suite("accord ledger show and verify")
struct LedgerCommandTests {

    @Test("show prints the entries and a timeline with the pause and the outcome")
    func show() async throws {
        let hub = try await NetnovaTicketHub(prefix: "accord-ledger-cli")
        let result = try AccordBinary.run(["ledger", "show", "TKT-9", "--config", hub.fixture.directory])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Ticket TKT-9: 7 entries in 1 block, chain intact (7 entries)"))
        #expect(result.standardOutput.contains(
            "netnova-ola resolution #1: running 2026-10-06T09:00:00Z→2026-10-06T10:00:00Z (3600s); paused customer "
                + "2026-10-06T10:00:00Z→2026-10-06T10:30:00Z; running 2026-10-06T10:30:00Z→2026-10-06T11:00:00Z (1800s); "
                + "stopped met at 2026-10-06T11:00:00Z (5400s of 28800s)"
        ))
        #expect(result.standardOutput.contains(
            "netnova-ola response #1: running 2026-10-06T09:00:00Z→2026-10-06T09:30:00Z (1800s); warned at 2026-10-06T09:24:00Z (1440s); "
                + "stopped met at 2026-10-06T09:30:00Z (1800s of 1800s)"
        ))
        #expect(result.standardOutput.contains("    5   1 2026-10-06T10:00:00.000000Z  netnova-ola            resolution    1 paused            3600    28800 customer"))
    }

    @Test("verify passes on an untouched ledger and names the first link broken by tampering")
    func verify() async throws {
        let hub = try await NetnovaTicketHub(prefix: "accord-ledger-cli")
        let clean = try AccordBinary.run(["ledger", "verify", "--supplier", "netnova", "--config", hub.fixture.directory])
        #expect(clean.status == 0)
        #expect(clean.standardOutput.contains("1 chain checked, 1 intact, 0 broken"))

        // Someone with file access removes the guard and edits an entry.
        let queue = try DatabaseQueue(path: hub.databasePath)
        try await queue.write { db in
            try db.execute(sql: "DROP TRIGGER ledger_entry_no_update")
            try db.execute(sql: "UPDATE ledger_entry SET elapsed = elapsed + 60 WHERE ticket_id = 'TKT-9' AND sequence = 5")
        }
        try queue.close()
        let tampered = try AccordBinary.run(["ledger", "verify", "--config", hub.fixture.directory])
        #expect(tampered.status == 1)
        #expect(tampered.standardOutput.contains("TKT-9: broken at entry 5: hash does not match the entry's content"))
    }

    @Test("show refuses a ticket without entries")
    func unknownTicket() async throws {
        let hub = try await NetnovaTicketHub(prefix: "accord-ledger-cli")
        let result = try AccordBinary.run(["ledger", "show", "TKT-404", "--config", hub.fixture.directory])
        #expect(result.status == 1)
        #expect(result.standardError.contains("ticket TKT-404 has no ledger entries"))
    }
}
