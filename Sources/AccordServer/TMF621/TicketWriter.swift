import AccordCore
import Foundation

/// Records a native-API change as a ``TicketEvent`` (channel `nativeAPI`), folds the history
/// through ``TicketProjection``, brings the ledger up to date and queues listener notifications:
/// the same path a webhook delivery takes.
struct TicketWriter: Sendable {
    let stores: AccordStores
    let ledger: LedgerRecorder
    let notifier: TicketNotifier
    let now: @Sendable () -> Date

    /// Appends one event with `changes` to `seed`'s history (empty for a new ticket) and returns
    /// the ticket as now projected, with its events.
    func write(seed: Ticket, known: [TicketEvent], changes: [FieldChange], principal: Principal) async throws -> (Ticket, [TicketEvent]) {
        let instant = now()
        // Events of one request land after every known event even when the clock has not moved,
        // so the projection's order is the order of the requests.
        let latest = known.map(\.sourceTime).max()
        let sourceTime = latest.map { max(instant, $0.addingTimeInterval(0.001)) } ?? instant
        let before = known.isEmpty ? nil : TicketProjection.project(seed, events: known)
        let withOld = changes.map { change in
            FieldChange(field: change.field, oldValue: before.flatMap { Self.value(of: change.field, in: $0) }, newValue: change.newValue)
        }
        let event = TicketEvent(
            id: .random(), ticketID: seed.id, sourceTime: sourceTime, receivedTime: instant, channel: .nativeAPI,
            supplier: principal.supplier, deliveryID: nil, changes: withOld
        )
        try await stores.ticketEvents.append(event)
        let events = known + [event]
        let ticket = TicketProjection.project(seed, events: events)
        do {
            try await stores.tickets.save(ticket)
        } catch StoreError.conflict {
            throw AccordHTTPError.conflict("another ticket already has this externalId")
        }
        try await ledger.update(ticket: ticket.id, now: instant, cause: nil)
        try await notifier.ticketChanged(before: before, after: ticket, events: events, at: instant)
        return (ticket, events)
    }

    /// The canonical text of `field` on `ticket`, for an event's `oldValue`.
    static func value(of field: TicketField, in ticket: Ticket) -> String? {
        switch field {
        case .title: ticket.title
        case .description: ticket.description
        case .state: ticket.state.description
        case .priority: ticket.priority?.priority.description
        case .impact: ticket.priority?.impact?.name
        case .urgency: ticket.priority?.urgency?.name
        case .service: ticket.service?.rawValue
        case .configurationItems: ticket.configurationItems.isEmpty ? nil : ticket.configurationItems.map(\.rawValue).joined(separator: ",")
        case .assignment: ticket.assignment?.description
        case .assignmentGroup: ticket.assignment?.group
        case .externalReference: ticket.externalReference?.url
        case .comment, .workNote, .resolutionNote, .label: nil
        }
    }
}
