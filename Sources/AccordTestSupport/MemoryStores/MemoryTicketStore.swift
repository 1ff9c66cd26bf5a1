import AccordCore

/// ``TicketStore`` in memory, for tests.
public actor MemoryTicketStore: TicketStore {
    private var tickets: [TicketID: Ticket] = [:]

    public init() {}

    public func save(_ ticket: Ticket) async throws {
        if let reference = ticket.externalReference,
           let holder = tickets.values.first(where: { $0.externalReference?.supplier == reference.supplier && $0.externalReference?.externalID == reference.externalID }),
           holder.id != ticket.id {
            throw StoreError.conflict("ticket \(ticket.id): external reference \(reference.supplier)/\(reference.externalID) belongs to another ticket")
        }
        tickets[ticket.id] = ticket
    }

    public func ticket(_ id: TicketID) async throws -> Ticket? { tickets[id] }

    public func ticket(supplier: SupplierID, externalID: String) async throws -> Ticket? {
        tickets.values.first { $0.externalReference?.supplier == supplier && $0.externalReference?.externalID == externalID }
    }

    public func tickets(matching query: TicketQuery) async throws -> [Ticket] {
        let matching = tickets.values
            .filter(query.matches)
            .sorted { ($0.timestamps.openedAt, $0.id) < ($1.timestamps.openedAt, $1.id) }
        return Array(matching.dropFirst(max(0, query.offset)).prefix(max(0, query.limit)))
    }
}
