/// Keeps the current projection of each ticket.
public protocol TicketStore: Sendable {
    /// Inserts or replaces a ticket by id.
    ///
    /// Throws ``StoreError/conflict(_:)`` when another ticket already holds the same external
    /// reference (supplier + external id).
    func save(_ ticket: Ticket) async throws
    func ticket(_ id: TicketID) async throws -> Ticket?
    /// The ticket a supplier knows by `externalID`.
    func ticket(supplier: SupplierID, externalID: String) async throws -> Ticket?
    /// Tickets matching `query`, ordered by opening time then id.
    func tickets(matching query: TicketQuery) async throws -> [Ticket]
}

/// Filters and paging for ``TicketStore/tickets(matching:)``. `nil` filters match everything.
public struct TicketQuery: Sendable, Hashable {
    /// Tickets currently assigned to this supplier.
    public var assignedTo: SupplierID?
    public var kind: TicketKind?
    /// Tickets in any of these states (compared by ``TicketState/name``, so `pending` matches every party).
    public var stateNames: Set<String>?
    public var service: ServiceID?
    public var offset: Int
    public var limit: Int

    public init(
        assignedTo: SupplierID? = nil, kind: TicketKind? = nil, stateNames: Set<String>? = nil,
        service: ServiceID? = nil, offset: Int = 0, limit: Int = 100
    ) {
        self.assignedTo = assignedTo
        self.kind = kind
        self.stateNames = stateNames
        self.service = service
        self.offset = offset
        self.limit = limit
    }

    /// Whether `ticket` passes the filters (paging aside); stores may use it or push it to SQL.
    public func matches(_ ticket: Ticket) -> Bool {
        if let assignedTo, ticket.assignment?.supplier != assignedTo { return false }
        if let kind, ticket.kind != kind { return false }
        if let stateNames, !stateNames.contains(ticket.state.name) { return false }
        if let service, ticket.service != service { return false }
        return true
    }
}
