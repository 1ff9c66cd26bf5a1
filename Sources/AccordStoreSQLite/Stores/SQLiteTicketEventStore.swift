import AccordCore
import GRDB

/// ``TicketEventStore`` in the `ticket_event` table; rows are only ever inserted.
public struct SQLiteTicketEventStore: TicketEventStore {
    let pool: DatabasePool

    @discardableResult
    public func append(_ event: TicketEvent) async throws -> Bool {
        let record = try TicketEventRecord(event)
        return try await pool.write { db in
            if let stored = try TicketEventRecord.fetchOne(db, key: record.id) {
                guard stored == record else { throw StoreError.conflict("ticket event \(event.id) is already stored with different content") }
                return false
            }
            try record.insert(db)
            return true
        }
    }

    public func events(for ticket: TicketID) async throws -> [TicketEvent] {
        try await pool.read { db in
            try TicketEventRecord
                .filter(TicketEventRecord.Columns.ticketId == ticket.rawValue)
                .order(TicketEventRecord.Columns.sourceTime, TicketEventRecord.Columns.receivedTime, TicketEventRecord.Columns.id)
                .fetchAll(db)
        }.map { try $0.domainValue() }
    }
}
