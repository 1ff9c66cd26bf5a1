import AccordCore
import Foundation

/// A ticket's condition right after one of its events, as far as clocks care.
public struct TicketSnapshot: Sendable, Hashable {
    /// The event's source time.
    public var instant: Date
    public var eventID: TicketEventID
    public var state: TicketState
    public var priority: Priority?
    /// The supplier holding the ticket, if any.
    public var assignee: SupplierID?
    public var service: ServiceID?
    /// What the event changed (to recognise public updates).
    public var changes: [FieldChange]

    public init(
        instant: Date, eventID: TicketEventID, state: TicketState, priority: Priority?, assignee: SupplierID?,
        service: ServiceID?, changes: [FieldChange]
    ) {
        self.instant = instant
        self.eventID = eventID
        self.state = state
        self.priority = priority
        self.assignee = assignee
        self.service = service
        self.changes = changes
    }
}
