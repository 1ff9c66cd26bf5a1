import AccordCore

/// One writer at a time per ticket, across the native API and the inbox worker.
///
/// A write reads a ticket's events, appends some and saves the ticket projected from them; two
/// interleaved writes would each save a projection missing the other's events (a lost update).
/// The API locks the ticket (and its supplier reference, when it has one); a delivery locks the
/// supplier references it names, all at once. Keys are taken in sorted order, so writers holding
/// several never wait for each other in a cycle. Waiters are served in arrival order; the lock of
/// a key nobody waits for is forgotten. In-process only: one hub process owns its database.
public actor TicketLocks {
    /// What is locked: a ticket by its id, or by the supplier's reference to it.
    public struct Key: Hashable, Comparable, Sendable {
        let text: String

        public static func ticket(_ id: TicketID) -> Key { Key(text: "t:\(id.rawValue)") }
        public static func external(_ supplier: SupplierID, _ externalID: String) -> Key { Key(text: "e:\(supplier.rawValue)/\(externalID)") }
        /// The keys a write of `ticket` takes.
        public static func keys(of ticket: Ticket) -> [Key] {
            [.ticket(ticket.id)] + (ticket.externalReference.map { [.external($0.supplier, $0.externalID)] } ?? [])
        }
        public static func < (lhs: Key, rhs: Key) -> Bool { lhs.text < rhs.text }
    }

    private var held: Set<Key> = []
    private var waiters: [Key: [CheckedContinuation<Void, Never>]] = [:]

    public init() {}

    /// Runs `body` while holding `ticket`'s lock.
    public nonisolated func withLock<Value: Sendable>(_ ticket: TicketID, _ body: @Sendable () async throws -> Value) async throws -> Value {
        try await withLocks([.ticket(ticket)], body)
    }

    /// Runs `body` while holding every key's lock.
    public nonisolated func withLocks<Value: Sendable>(_ keys: [Key], _ body: @Sendable () async throws -> Value) async throws -> Value {
        let ordered = Array(Set(keys)).sorted()
        await acquire(ordered)
        do {
            let value = try await body()
            await release(ordered)
            return value
        } catch {
            await release(ordered)
            throw error
        }
    }

    private func acquire(_ keys: [Key]) async {
        for key in keys {
            guard held.contains(key) else {
                held.insert(key)
                continue
            }
            // Ownership is handed over by `release`, so `held` keeps the key meanwhile.
            await withCheckedContinuation { waiters[key, default: []].append($0) }
        }
    }

    private func release(_ keys: [Key]) {
        for key in keys {
            guard var queue = waiters[key], !queue.isEmpty else {
                held.remove(key)
                continue
            }
            let next = queue.removeFirst()
            waiters[key] = queue.isEmpty ? nil : queue
            next.resume()
        }
    }

    /// Keys locked now (for tests).
    public var lockedCount: Int { held.count }
}
