import AccordCore

/// ``TicketEventStore`` in memory, for tests.
public actor MemoryTicketEventStore: TicketEventStore {
    private var events: [TicketEventID: TicketEvent] = [:]

    public init() {}

    /// Every stored event, of every ticket (tests look for events no ticket owns).
    public var count: Int { events.count }

    @discardableResult
    public func append(_ event: TicketEvent) async throws -> Bool {
        if let stored = events[event.id] {
            guard stored == event else { throw StoreError.conflict("ticket event \(event.id) is already stored with different content") }
            return false
        }
        events[event.id] = event
        return true
    }

    public func events(for ticket: TicketID) async throws -> [TicketEvent] {
        events.values
            .filter { $0.ticketID == ticket }
            .sorted { ($0.sourceTime, $0.receivedTime, $0.id) < ($1.sourceTime, $1.receivedTime, $1.id) }
    }
}
