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
    /// Cached statements with the values bound directly: the record's `Codable` encoding (column
    /// names converted to snake case, the statement authorised) was most of a delivery's apply.
    static func append(_ entries: [ChainedLedgerEntry], in db: Database) throws {
        guard !entries.isEmpty else { return }
        let latest = try db.cachedStatement(sql: "SELECT MAX(sequence) FROM ledger_entry WHERE ticket_id = ?")
        let insert = try db.cachedStatement(sql: """
            INSERT INTO ledger_entry (ticket_id, sequence, block, agreement_id, clock, cycle, kind, instant, elapsed, target, reason,
                                      causing_event, calendar_id, calendar_version, previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var last: [String: Int] = [:]
        for record in entries.map(LedgerEntryRecord.init) {
            let previous: Int
            if let known = last[record.ticketId] {
                previous = known
            } else {
                previous = try Int.fetchOne(latest, arguments: [record.ticketId]) ?? 0
            }
            guard record.sequence == previous + 1 else {
                throw StoreError.conflict("ledger entry \(record.sequence) of ticket \(record.ticketId) does not follow entry \(previous)")
            }
            try insert.execute(arguments: [
                record.ticketId, record.sequence, record.block, record.agreementId, record.clock, record.cycle, record.kind, record.instant,
                record.elapsed, record.target, record.reason, record.causingEvent, record.calendarId, record.calendarVersion,
                record.previousHash, record.hash,
            ])
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
