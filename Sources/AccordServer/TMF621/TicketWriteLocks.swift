import AccordCore

/// One writer at a time per ticket, so that concurrent PATCHes of one ticket are serialised.
///
/// A write reads the ticket's events, appends one and saves the ticket projected from them; two
/// interleaved writes would each save a projection missing the other's event (a lost update).
/// Waiters are served in arrival order; the lock of a ticket nobody waits for is forgotten.
/// In-process only: one hub process owns its database.
actor TicketWriteLocks {
    private var held: Set<TicketID> = []
    private var waiters: [TicketID: [CheckedContinuation<Void, Never>]] = [:]

    /// Runs `body` while holding `ticket`'s lock.
    nonisolated func withLock<Value: Sendable>(_ ticket: TicketID, _ body: @Sendable () async throws -> Value) async throws -> Value {
        await acquire(ticket)
        do {
            let value = try await body()
            await release(ticket)
            return value
        } catch {
            await release(ticket)
            throw error
        }
    }

    private func acquire(_ ticket: TicketID) async {
        guard held.contains(ticket) else {
            held.insert(ticket)
            return
        }
        // Ownership is handed over by `release`, so `held` keeps the ticket meanwhile.
        await withCheckedContinuation { waiters[ticket, default: []].append($0) }
    }

    private func release(_ ticket: TicketID) {
        guard var queue = waiters[ticket], !queue.isEmpty else {
            held.remove(ticket)
            return
        }
        let next = queue.removeFirst()
        waiters[ticket] = queue.isEmpty ? nil : queue
        next.resume()
    }

    /// Tickets locked now (for tests).
    var lockedCount: Int { held.count }
}
