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
        // Checked before anything is written: these ports are not one transaction.
        if writes.syncPage != nil, stores.sync == nil { throw StoreError.unavailable("this backend keeps no sync state") }
        var storedEntry: Int64?
        if let stored = writes.storedDelivery {
            guard case .accepted(let id)? = try await stores.inbox.accept([stored.delivery]).first else {
                throw DeliveryStoredAlready(supplier: stored.delivery.supplier, deliveryID: stored.delivery.deliveryID)
            }
            storedEntry = id
        }
        // The same event stored meanwhile is no harm (ids derive from delivery and record); a
        // different one under its id throws a conflict.
        for event in writes.events { try await stores.ticketEvents.append(event) }
        for ticket in writes.tickets { try await stores.tickets.save(ticket) }
        try await stores.ledger.append(writes.ledgerEntries)
        if let clockRecords = stores.clockRecords {
            for (ticket, records) in writes.clockRecords { try await clockRecords.replace(ticket: ticket, with: records) }
        }
        if let entry = writes.processedEntry { try await stores.inbox.markProcessed(entry.id, at: entry.at) }
        if let storedEntry, let at = writes.storedDelivery?.processedAt { try await stores.inbox.markProcessed(storedEntry, at: at) }
        if let page = writes.syncPage { try await stores.sync?.commitPage(page.run, records: page.records, page: page.page) }
        return writes
    }
}
