import AccordCore
import Foundation

/// Queues TMF621 notifications for hub listeners after a ticket changed: a create event for a new
/// ticket, a status-change event when its status changed (and a resolved event when it became
/// `resolved`), an attribute-value-change event when anything else did. Each listener gets the
/// ticket as its owner may see it, or nothing.
struct TicketNotifier: Sendable {
    static let create = "TroubleTicketCreateEvent"
    static let statusChange = "TroubleTicketStatusChangeEvent"
    static let attributeValueChange = "TroubleTicketAttributeValueChangeEvent"
    static let resolved = "TroubleTicketResolvedEvent"

    let listeners: any ListenerStore

    func ticketChanged(before: Ticket?, after: Ticket, events: [TicketEvent], at now: Date) async throws {
        var types: [String] = []
        if before == nil {
            types.append(Self.create)
        } else {
            if before.map({ TMFStatus($0.state) }) != TMFStatus(after.state) {
                types.append(Self.statusChange)
                if TMFStatus(after.state) == .resolved { types.append(Self.resolved) }
            }
            // A spelling (TMFLabels) rides with the change it spells; the status's reason with the status.
            let latest = events.last?.changes.contains { ![.state, .workNote].contains($0.field) && !TMFLabels.isSpelling($0) } ?? false
            if latest { types.append(Self.attributeValueChange) }
        }
        guard !types.isEmpty else { return }
        var outgoing: [OutboundNotification] = []
        for listener in try await listeners.allListeners() where TicketAccess.canSee(listener.owner, ticket: after, events: events) {
            let ticket = TMFTicketRepresentation(ticket: after, events: events, viewer: listener.owner).object()
            for type in types where Self.accepts(listener.query, eventType: type, ticket: ticket, canonical: after) {
                let eventID = "EVN-\(UUID().uuidString.lowercased())"
                let body: [String: Any] = [
                    "eventId": eventID, "eventTime": TMFTicketRepresentation.text(now), "eventType": type,
                    "event": ["troubleTicket": ticket],
                ]
                let data = try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])
                outgoing.append(OutboundNotification(listenerID: listener.id, eventID: eventID, eventType: type, body: data, nextAttemptAt: now))
            }
        }
        if !outgoing.isEmpty { try await listeners.enqueue(outgoing) }
    }

    /// Whether a listener's TMF query selects an event: no query; `eventType=A,B` (spaces allowed)
    /// naming its type; and every `event.troubleTicket.<attribute>=a,b` clause matching the ticket
    /// as the listener reads it (``TMFListQuery``'s comparison: any of the values, any case, or
    /// the canonical value of status, severity, priority and ticketType). Other clauses select all.
    static func accepts(_ query: String?, eventType: String, ticket: [String: Any], canonical: Ticket) -> Bool {
        guard let query = query?.replacingOccurrences(of: " ", with: ""), !query.isEmpty else { return true }
        var filters: [String: Set<String>] = [:]
        for clause in query.split(separator: "&") {
            let parts = clause.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
            guard parts.count == 2 else { continue }
            if parts[0] == "eventType" {
                guard parts[1].split(separator: ",").contains(where: { $0 == eventType }) else { return false }
            } else if parts[0].hasPrefix("event.troubleTicket."), case let attribute = String(parts[0].dropFirst("event.troubleTicket.".count)),
                      !attribute.isEmpty, !attribute.contains(".") {
                filters[attribute, default: []].formUnion(TMFListQuery.alternatives(parts[1]))
            }
        }
        return TMFListQuery.matches(filters, object: ticket, ticket: canonical)
    }
}
