/// ``TicketDeliveryStore`` through the individual ports, one call after another: not atomic, so
/// it relies on the plan being resumable (the delivery applier's is). The default for backends
/// without a transactional implementation (the in-memory stores).
public struct PortsTicketDeliveryStore: TicketDeliveryStore {
    let stores: AccordStores

    public init(stores: AccordStores) {
        self.stores = stores
    }

    public func apply(
        _ request: TicketDeliveryRequest, plan: @escaping @Sendable (TicketDeliveryState) throws -> TicketDeliveryWrites
    ) async throws -> TicketDeliveryWrites {
        var state = TicketDeliveryState()
        for (externalID, defaultID) in request.ticketIDs {
            let ticket = try await stores.tickets.ticket(supplier: request.supplier, externalID: externalID)
            if let ticket { state.tickets[externalID] = ticket }
            let id = ticket?.id ?? defaultID
            let events = try await stores.ticketEvents.events(for: id)
            if !events.isEmpty { state.events[id] = events }
            if request.readsLedger {
                let chain = try await stores.ledger.entries(for: id)
                if !chain.isEmpty { state.ledger[id] = chain }
            }
        }
        let writes = try plan(state)
        // The same event stored meanwhile is no harm (ids derive from delivery and record); a
        // different one under its id throws a conflict.
        for event in writes.events { try await stores.ticketEvents.append(event) }
        for ticket in writes.tickets { try await stores.tickets.save(ticket) }
        try await stores.ledger.append(writes.ledgerEntries)
        if let clockRecords = stores.clockRecords {
            for (ticket, records) in writes.clockRecords { try await clockRecords.replace(ticket: ticket, with: records) }
        }
        if let entry = writes.processedEntry { try await stores.inbox.markProcessed(entry.id, at: entry.at) }
        return writes
    }
}
