/// Keeps the SLA/OLA ledger: per ticket, an append-only hash chain of entries.
public protocol LedgerStore: Sendable {
    /// Appends entries to their tickets' chains. Each entry's sequence must follow the last stored
    /// one of its ticket, else ``StoreError/conflict(_:)`` and nothing is written.
    func append(_ entries: [ChainedLedgerEntry]) async throws
    /// A ticket's chain in sequence order.
    func entries(for ticket: TicketID) async throws -> [ChainedLedgerEntry]
    /// Every ticket that has ledger entries, ordered by id.
    func ticketsWithEntries() async throws -> [TicketID]
}
