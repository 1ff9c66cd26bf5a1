import AccordCore
import GRDB

/// ``TicketStore`` in the `ticket` table.
public struct SQLiteTicketStore: TicketStore {
    let pool: DatabasePool

    public func save(_ ticket: Ticket) async throws {
        let record = try TicketRecord(ticket)
        try await pool.write { db in
            try translatingConstraints("ticket \(ticket.id): external reference \(ticket.externalReference.map { "\($0.supplier)/\($0.externalID)" } ?? "-") belongs to another ticket") {
                try record.save(db)
            }
        }
    }

    public func ticket(_ id: TicketID) async throws -> Ticket? {
        try await pool.read { db in try TicketRecord.fetchOne(db, key: id.rawValue) }?.domainValue()
    }

    public func ticket(supplier: SupplierID, externalID: String) async throws -> Ticket? {
        try await pool.read { db in
            try TicketRecord
                .filter(TicketRecord.Columns.externalSupplier == supplier.rawValue && TicketRecord.Columns.externalId == externalID)
                .fetchOne(db)
        }?.domainValue()
    }

    public func tickets(matching query: TicketQuery) async throws -> [Ticket] {
        try await pool.read { db in
            var request = TicketRecord.all()
            if let supplier = query.assignedTo { request = request.filter(TicketRecord.Columns.assignedSupplier == supplier.rawValue) }
            if let kind = query.kind { request = request.filter(TicketRecord.Columns.kind == kind.rawValue) }
            if let service = query.service { request = request.filter(TicketRecord.Columns.service == service.rawValue) }
            if let names = query.stateNames {
                let states = TicketState.allStates.filter { names.contains($0.name) }.map(\.description)
                request = request.filter(states.contains(TicketRecord.Columns.state))
            }
            return try request
                .order(TicketRecord.Columns.openedAt, TicketRecord.Columns.id)
                .limit(max(0, query.limit), offset: max(0, query.offset))
                .fetchAll(db)
        }.map { try $0.domainValue() }
    }
}
