import AccordCore
import Foundation
import GRDB

/// ``TicketDeliveryStore`` in one write transaction: the delivery's tickets, events and ledger
/// chains are read with one query each (per chunk of ids), and every write (the delivery itself
/// when it is new, events, tickets, ledger entries, clock records, the inbox entry marked
/// processed, a sync page's checkpoint) goes through cached prepared statements and commits once.
/// A batch (``applyEach(_:)``) commits once, each delivery in its own savepoint.
public struct SQLiteTicketDeliveryStore: TicketDeliveryStore {
    let pool: DatabasePool

    /// SQLite's bound-parameter limit is far above this; chunks keep each `IN (…)` list modest.
    static let chunk = 512

    public func apply(
        _ request: TicketDeliveryRequest, plan: @escaping @Sendable (TicketDeliveryState) throws -> TicketDeliveryWrites
    ) async throws -> TicketDeliveryWrites {
        try await pool.write { db in
            let writes = try plan(try Self.read(request, db))
            try Self.write(writes, db)
            return writes
        }
    }

    public func apply(
        _ request: TicketDeliveryRequest, presuming presumed: TicketDeliveryWrites, encoded: EncodedTicketRows?,
        plan: @escaping @Sendable (TicketDeliveryState) throws -> TicketDeliveryWrites
    ) async throws -> TicketDeliveryWrites {
        try await pool.write { db in
            let state = try Self.read(request, db)
            let writes = state.isEmpty ? presumed : try plan(state)
            try Self.write(writes, encoded: state.isEmpty ? encoded?.rows as? EncodedRows : nil, db)
            return writes
        }
    }

    public func encodeAhead(_ writes: TicketDeliveryWrites) -> EncodedTicketRows? {
        guard let tickets = try? writes.tickets.map(Self.ticketArguments) else { return nil }
        return EncodedTicketRows(EncodedRows(
            eventIDs: writes.events.map(\.id), ticketIDs: writes.tickets.map(\.id), events: writes.events.map(Self.eventArguments), tickets: tickets
        ))
    }

    /// The statement arguments of a delivery's event and ticket rows, made ahead of the transaction,
    /// with the ids they were made for.
    struct EncodedRows: Sendable {
        var eventIDs: [TicketEventID]
        var ticketIDs: [TicketID]
        var events: [StatementArguments]
        var tickets: [StatementArguments]

        /// Whether these are the rows of `writes`' events and tickets (same ids, same order).
        func matches(_ writes: TicketDeliveryWrites) -> Bool {
            eventIDs.elementsEqual(writes.events.lazy.map(\.id)) && ticketIDs.elementsEqual(writes.tickets.lazy.map(\.id))
        }
    }

    public func applyEach(_ items: [TicketDeliveryBatchItem]) async throws -> [Result<TicketDeliveryWrites, any Error>] {
        try await pool.write { db in
            try items.map { item in
                var writes = TicketDeliveryWrites()
                do {
                    try db.inSavepoint {
                        writes = try item.plan(try Self.read(item.request, db))
                        try Self.write(writes, db)
                        return .commit
                    }
                    return .success(writes)
                } catch {
                    // An error SQLite answered by rolling back the whole transaction ends the batch.
                    guard db.isInsideTransaction else { throw error }
                    return .failure(error)
                }
            }
        }
    }

    // MARK: - Reading

    static func read(_ request: TicketDeliveryRequest, _ db: Database) throws -> TicketDeliveryState {
        var state = TicketDeliveryState()
        let externalIDs = request.ticketIDs.keys.sorted()
        for part in stride(from: 0, to: externalIDs.count, by: chunk).map({ externalIDs[$0 ..< min($0 + chunk, externalIDs.count)] }) {
            let ids = paddedList(part)
            let records = try TicketRecord.fetchAll(db.cachedStatement(sql: """
                SELECT * FROM ticket WHERE external_supplier = ? AND external_id IN (\(placeholders(ids.count)))
                """), arguments: StatementArguments([request.supplier.rawValue] + ids))
            for record in records {
                let ticket = try record.domainValue()
                if let externalID = ticket.externalReference?.externalID { state.tickets[externalID] = ticket }
            }
        }
        let ticketIDs = request.ticketIDs.map { state.tickets[$0.key]?.id.rawValue ?? $0.value.rawValue }.sorted()
        for part in stride(from: 0, to: ticketIDs.count, by: chunk).map({ paddedList(ticketIDs[$0 ..< min($0 + chunk, ticketIDs.count)]) }) {
            let events = try TicketEventRecord.fetchAll(db.cachedStatement(sql: """
                SELECT * FROM ticket_event WHERE ticket_id IN (\(placeholders(part.count)))
                ORDER BY ticket_id, source_time, received_time, id
                """), arguments: StatementArguments(part))
            for record in events { state.events[TicketID(record.ticketId), default: []].append(try record.domainValue()) }
            guard request.readsLedger else { continue }
            let entries = try LedgerEntryRecord.fetchAll(db.cachedStatement(sql: """
                SELECT * FROM ledger_entry WHERE ticket_id IN (\(placeholders(part.count))) ORDER BY ticket_id, sequence
                """), arguments: StatementArguments(part))
            for record in entries { state.ledger[TicketID(record.ticketId), default: []].append(try record.domainValue()) }
        }
        return state
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }

    /// `ids` lengthened to the next power of two by repeating the last one (a repeated value in
    /// `IN (…)` changes nothing), so that the reads' cached statements stay few: one per size.
    static func paddedList(_ ids: ArraySlice<String>) -> [String] {
        guard let last = ids.last else { return [] }
        var size = 1
        while size < ids.count { size *= 2 }
        return Array(ids) + Array(repeating: last, count: size - ids.count)
    }

    // MARK: - Writing

    /// `encoded`: the rows of `writes`' events and tickets from ``encodeAhead(_:)`` (used when
    /// they were made for these events and tickets), else encoded here.
    static func write(_ writes: TicketDeliveryWrites, encoded: EncodedRows? = nil, _ db: Database) throws {
        let encoded = encoded.flatMap { $0.matches(writes) ? $0 : nil }
        if let stored = writes.storedDelivery {
            // Inserted processed (not pending, then updated: that rewrote a sync page's whole row).
            guard case .accepted(let id) = try SQLiteInboxStore.accept(InboxEntryInsert(stored.delivery, processedAt: stored.processedAt), in: db) else {
                throw DeliveryStoredAlready(supplier: stored.delivery.supplier, deliveryID: stored.delivery.deliveryID)
            }
            try SQLiteInboxStore.logFirstAttempt(id, at: stored.processedAt, in: db)
        }
        if !writes.events.isEmpty {
            let insertEvent = try db.cachedStatement(sql: """
                INSERT INTO ticket_event (id, ticket_id, source_time, received_time, channel, supplier, delivery_id, changes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (index, event) in writes.events.enumerated() {
                try translatingConstraints("ticket event \(event.id) is already stored") {
                    try insertEvent.execute(arguments: encoded?.events[index] ?? eventArguments(event))
                }
            }
        }
        if !writes.tickets.isEmpty {
            let saveTicket = try db.cachedStatement(sql: """
                INSERT INTO ticket (id, kind, external_supplier, external_id, external_url, title, description, state, priority, impact,
                                    urgency, service, configuration_items, assigned_supplier, assigned_group, opened_at, updated_at,
                                    responded_at, resolved_at, closed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                  kind = excluded.kind, external_supplier = excluded.external_supplier, external_id = excluded.external_id,
                  external_url = excluded.external_url, title = excluded.title, description = excluded.description,
                  state = excluded.state, priority = excluded.priority, impact = excluded.impact, urgency = excluded.urgency,
                  service = excluded.service, configuration_items = excluded.configuration_items,
                  assigned_supplier = excluded.assigned_supplier, assigned_group = excluded.assigned_group,
                  opened_at = excluded.opened_at, updated_at = excluded.updated_at, responded_at = excluded.responded_at,
                  resolved_at = excluded.resolved_at, closed_at = excluded.closed_at
                """)
            for (index, ticket) in writes.tickets.enumerated() {
                let arguments = try encoded?.tickets[index] ?? ticketArguments(ticket)
                try translatingConstraints(
                    "ticket \(ticket.id): external reference \(ticket.externalReference.map { "\($0.supplier)/\($0.externalID)" } ?? "-") belongs to another ticket"
                ) {
                    try saveTicket.execute(arguments: arguments)
                }
            }
        }
        if !writes.ledgerEntries.isEmpty { try SQLiteLedgerStore.append(writes.ledgerEntries, in: db) }
        for (ticket, records) in writes.clockRecords.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            try db.cachedStatement(sql: "DELETE FROM clock_record WHERE ticket_id = ?").execute(arguments: [ticket.rawValue])
            try SQLiteClockRecordStore.insert(records, db)
        }
        if let entry = writes.processedEntry { try SQLiteInboxStore.markProcessed(entry.id, at: entry.at, in: db) }
        if let page = writes.syncPage { try SQLiteSyncStore.commitPage(page.run, records: page.records, page: page.page, db) }
    }

    /// An event's row, in the column order of the event insert.
    static func eventArguments(_ event: TicketEvent) -> StatementArguments {
        [
            event.id.rawValue, event.ticketID.rawValue, event.sourceTime.storedValue, event.receivedTime.storedValue,
            event.channel.rawValue, event.supplier?.rawValue, event.deliveryID, StoredJSON.encodeChanges(event.changes),
        ]
    }

    /// A ticket's row, in the column order of the ticket upsert.
    static func ticketArguments(_ ticket: Ticket) throws -> StatementArguments {
        let row = try TicketRecord(ticket)
        return [
            row.id, row.kind, row.externalSupplier, row.externalId, row.externalUrl, row.title, row.description, row.state,
            row.priority, row.impact, row.urgency, row.service, row.configurationItems, row.assignedSupplier, row.assignedGroup,
            row.openedAt, row.updatedAt, row.respondedAt, row.resolvedAt, row.closedAt,
        ]
    }
}
