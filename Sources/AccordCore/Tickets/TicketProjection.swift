import Foundation

/// Folds a ticket's events, in source-time order, into its current state.
///
/// Because the projection is always recomputed from the whole ordered history, a late event
/// changes the result exactly as if it had arrived in order.
public enum TicketProjection {
    /// The ticket after `events`; `seed` supplies what events never carry (id, kind, reference).
    public static func project(_ seed: Ticket, events: [TicketEvent]) -> Ticket {
        let ordered = events.sorted { ($0.sourceTime, $0.receivedTime, $0.id) < ($1.sourceTime, $1.receivedTime, $1.id) }
        var ticket = seed
        guard let first = ordered.first, let last = ordered.last else { return ticket }
        ticket.timestamps = TicketTimestamps(openedAt: first.sourceTime, updatedAt: last.sourceTime)
        ticket.state = .new
        for event in ordered {
            let before = ticket.state
            for change in event.changes { apply(change, to: &ticket) }
            recordTransition(from: before, to: ticket.state, at: event.sourceTime, in: &ticket.timestamps)
        }
        return ticket
    }

    private static func apply(_ change: FieldChange, to ticket: inout Ticket) {
        let value = change.newValue
        switch change.field {
        case .title: ticket.title = value ?? ""
        case .description: ticket.description = value ?? ""
        case .state: if let state = value.flatMap(TicketState.init(text:)) { ticket.state = state }
        case .priority:
            if let priority = value.flatMap(Priority.init(text:)) {
                ticket.priority = PriorityAssessment(priority: priority, impact: ticket.priority?.impact, urgency: ticket.priority?.urgency)
            } else if value == nil {
                ticket.priority = nil
            }
        case .impact: ticket.priority?.impact = value.flatMap(Impact.init(text:))
        case .urgency: ticket.priority?.urgency = value.flatMap(Urgency.init(text:))
        case .service: ticket.service = value.map(ServiceID.init)
        case .configurationItems:
            ticket.configurationItems = (value ?? "").split(separator: ",").map { CIID(String($0).trimmingWhitespace()) }
        case .assignment:
            guard let value else {
                ticket.assignment = nil
                return
            }
            let parts = value.split(separator: "/", maxSplits: 1).map(String.init)
            if let supplier = parts.first.flatMap(SupplierID.init) {
                ticket.assignment = Assignment(supplier: supplier, group: parts.count > 1 ? parts[1] : nil)
            }
        case .assignmentGroup:
            if let assignment = ticket.assignment { ticket.assignment = Assignment(supplier: assignment.supplier, group: value) }
        case .externalReference:
            if let reference = ticket.externalReference {
                ticket.externalReference = ExternalReference(supplier: reference.supplier, externalID: reference.externalID, url: value)
            }
        case .comment, .workNote, .resolutionNote, .label:
            break
        }
    }

    private static func recordTransition(from before: TicketState, to after: TicketState, at instant: Date, in timestamps: inout TicketTimestamps) {
        guard before != after else { return }
        if timestamps.respondedAt == nil, before == .new { timestamps.respondedAt = instant }
        switch after {
        case .resolved: timestamps.resolvedAt = instant
        case .closed: timestamps.closedAt = instant
        case .cancelled: timestamps.closedAt = instant
        default:
            // Reopened: the earlier resolution no longer describes the ticket.
            if before.isTerminal {
                timestamps.resolvedAt = nil
                timestamps.closedAt = nil
            }
        }
    }
}
