import AccordCore
import GRDB

/// ``LedgerStore`` in `ledger_entry`, which refuses UPDATE and DELETE by trigger.
public struct SQLiteLedgerStore: LedgerStore {
    let pool: DatabasePool

    public func append(_ entries: [ChainedLedgerEntry]) async throws {
        guard !entries.isEmpty else { return }
        try await pool.write { db in try Self.append(entries, in: db) }
    }

    /// Appends inside the caller's transaction (also a delivery's apply).
    static func append(_ entries: [ChainedLedgerEntry], in db: Database) throws {
        var last: [String: Int] = [:]
        for record in entries.map(LedgerEntryRecord.init) {
            let previous: Int
            if let known = last[record.ticketId] {
                previous = known
            } else {
                previous = try Int.fetchOne(
                    db, sql: "SELECT MAX(sequence) FROM ledger_entry WHERE ticket_id = ?", arguments: [record.ticketId]
                ) ?? 0
            }
            guard record.sequence == previous + 1 else {
                throw StoreError.conflict("ledger entry \(record.sequence) of ticket \(record.ticketId) does not follow entry \(previous)")
            }
            try record.insert(db)
            last[record.ticketId] = record.sequence
        }
    }

    public func entries(for ticket: TicketID) async throws -> [ChainedLedgerEntry] {
        try await pool.read { db in
            try LedgerEntryRecord.filter(LedgerEntryRecord.Columns.ticketId == ticket.rawValue).order(LedgerEntryRecord.Columns.sequence).fetchAll(db)
        }.map { try $0.domainValue() }
    }

    public func ticketsWithEntries() async throws -> [TicketID] {
        try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT ticket_id FROM ledger_entry ORDER BY ticket_id")
        }.map(TicketID.init)
    }
}
