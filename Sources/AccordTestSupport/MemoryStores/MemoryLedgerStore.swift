import AccordCore

/// ``LedgerStore`` in memory, for tests.
public actor MemoryLedgerStore: LedgerStore {
    private var chains: [TicketID: [ChainedLedgerEntry]] = [:]

    public init() {}

    public func append(_ entries: [ChainedLedgerEntry]) async throws {
        var updated = chains
        for link in entries {
            let previous = updated[link.entry.ticketID]?.last?.sequence ?? 0
            guard link.sequence == previous + 1 else {
                throw StoreError.conflict("ledger entry \(link.sequence) of ticket \(link.entry.ticketID) does not follow entry \(previous)")
            }
            updated[link.entry.ticketID, default: []].append(link)
        }
        chains = updated
    }

    public func entries(for ticket: TicketID) async throws -> [ChainedLedgerEntry] { chains[ticket] ?? [] }

    public func ticketsWithEntries() async throws -> [TicketID] { chains.keys.sorted() }
}
