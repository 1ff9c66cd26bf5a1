/// Keeps every ticket event, append-only.
public protocol TicketEventStore: Sendable {
    /// Appends an event. Appending an event whose id is already stored with the same content does
    /// nothing and returns `false`; a different event under a stored id throws ``StoreError/conflict(_:)``.
    @discardableResult
    func append(_ event: TicketEvent) async throws -> Bool
    /// A ticket's events in source-time order (ties by received time, then id).
    func events(for ticket: TicketID) async throws -> [TicketEvent]
}
