import AccordCore
import AccordMapping
import Foundation

/// Decides what a delivery's ticket records write, from the stored state of their tickets: pure,
/// run inside the delivery's write transaction (``TicketDeliveryStore``).
///
/// Per record: its events are derived from the ticket's history *without* the record's own events
/// (ids derive from delivery and record), so a retry after a crash part-way derives the same
/// events and writes only the missing ones, and a replay of a fully applied record writes nothing.
/// Records of one delivery naming the same ticket see each other's events, in record order.
struct TicketDeliveryPlan {
    let supplier: Supplier
    let delivery: InboxDelivery
    let records: [CanonicalRecord]
    let ledger: TicketLedgerPlan?
    let processed: ProcessedInboxEntry?
    /// Stored with the writes, already processed (a sync page not in the inbox yet).
    var storedDelivery: StoredProcessedDelivery? = nil
    /// A sync page's checkpoint, committed with the writes.
    var syncPage: SyncPageCommit? = nil

    /// The id a ticket gets when its external id is new to the hub.
    static func defaultTicketID(supplier: SupplierID, externalID: String) -> TicketID {
        TicketID("TKT-\(supplier)-\(externalID)")
    }

    /// The records' external ids → default ticket ids (what the store reads).
    var request: TicketDeliveryRequest {
        var ids: [String: TicketID] = [:]
        for record in records { if let externalID = record.externalId { ids[externalID] = Self.defaultTicketID(supplier: supplier.id, externalID: externalID) } }
        return TicketDeliveryRequest(supplier: supplier.id, ticketIDs: ids, readsLedger: ledger != nil)
    }

    func writes(from stored: TicketDeliveryState) throws -> TicketDeliveryWrites {
        var state = stored
        var writes = TicketDeliveryWrites()
        var saved: [TicketID: Ticket] = [:]
        var savedOrder: [TicketID] = []
        /// Changed tickets in first-change order, with the earliest late event (a ledger recompute cause).
        var changed: [(ticket: TicketID, late: TicketEvent?)] = []
        var changedIndex: [TicketID: Int] = [:]
        for record in records {
            guard let externalID = record.externalId else { throw ApplyError("record \(record.recordIndex): no externalId") }
            let existing = state.tickets[externalID]
            let ticketID = existing?.id ?? Self.defaultTicketID(supplier: supplier.id, externalID: externalID)
            let base = TicketRecordEvents.baseID(for: record, supplier: supplier.id, deliveryID: delivery.deliveryID)
            let known = state.events[ticketID] ?? []
            let isOwn = { (event: TicketEvent) in event.id.rawValue == base || event.id.rawValue.hasPrefix(base + "/") }
            let others = known.filter { !isOwn($0) }
            let seed = existing ?? Ticket(
                id: ticketID, kind: record.kind ?? .incident,
                externalReference: ExternalReference(supplier: supplier.id, externalID: externalID, url: nil),
                title: record.text(.title) ?? record.text(.number) ?? externalID,
                timestamps: TicketTimestamps(openedAt: delivery.receivedAt)
            )
            let context = TicketRecordEvents.Context(
                supplier: supplier, ticketID: ticketID, isNewTicket: others.isEmpty,
                // Projected from a blank seed: only the other events decide what the hub already holds.
                current: others.isEmpty ? nil : TicketProjection.project(
                    Ticket(id: ticketID, kind: seed.kind, externalReference: seed.externalReference, title: "", timestamps: seed.timestamps),
                    events: others
                ),
                deliveryID: delivery.deliveryID, receivedAt: delivery.receivedAt, channel: delivery.channel
            )
            let storedOwn = Dictionary(known.filter(isOwn).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var appended: [TicketEvent] = []
            for event in TicketRecordEvents.events(for: record, context) {
                guard let stored = storedOwn[event.id] else {
                    appended.append(event)
                    continue
                }
                guard stored == event else { throw StoreError.conflict("ticket event \(event.id) is already stored with different content") }
            }
            guard !appended.isEmpty || !storedOwn.isEmpty || existing == nil else { continue }
            let history = (known + appended).sorted { ($0.sourceTime, $0.receivedTime, $0.id) < ($1.sourceTime, $1.receivedTime, $1.id) }
            let projected = TicketProjection.project(seed, events: history)
            state.events[ticketID] = history
            state.tickets[externalID] = projected
            writes.events += appended
            if saved.updateValue(projected, forKey: ticketID) == nil { savedOrder.append(ticketID) }
            let latestOther = others.map(\.sourceTime).max()
            let mine = Array(storedOwn.values) + appended
            let late = mine.filter { event in latestOther.map { event.sourceTime < $0 } ?? false }.min { $0.sourceTime < $1.sourceTime }
            if let index = changedIndex[ticketID] {
                if let late, changed[index].late.map({ late.sourceTime < $0.sourceTime }) ?? true { changed[index].late = late }
            } else {
                changedIndex[ticketID] = changed.count
                changed.append((ticketID, late))
            }
        }
        writes.tickets = savedOrder.compactMap { saved[$0] }
        if let ledger {
            for (ticketID, late) in changed {
                let update = ledger.update(ticketID, state.events[ticketID] ?? [], stored.ledger[ticketID] ?? [], late?.id)
                writes.ledgerEntries += update.entries
                if let clockRecords = update.clockRecords { writes.clockRecords[ticketID] = clockRecords }
            }
        }
        writes.processedEntry = processed
        writes.storedDelivery = storedDelivery
        writes.syncPage = syncPage
        return writes
    }
}
