import AccordCore
import Foundation

/// Renders a ticket and its events as a TMF621 v4 `TroubleTicket` JSON object for one viewer.
///
/// A supplier viewer never sees another supplier's data on a ticket that passed through several
/// hands: notes and status changes made by other suppliers, another supplier's assignment and
/// external id are left out.
struct TMFTicketRepresentation {
    static let basePath = "/tmf-api/troubleTicket/v4/troubleTicket"

    let ticket: Ticket
    let events: [TicketEvent]
    let viewer: Principal

    /// The JSON object (`fields` keeps only the named top-level keys plus `id`, `href`, `@type`).
    func object(fields: Set<String>? = nil) -> [String: Any] {
        let visible = events.filter(isVisible)
        let labels = TMFLabels(events: events)
        // What the ticket's spellings stand for is visible to whoever sees the value; attributes kept
        // as sent are shown only from events the viewer may see, as notes are.
        let kept = TMFLabels(events: visible)
        var body: [String: Any] = [
            "id": ticket.id.rawValue,
            "href": "\(Self.basePath)/\(ticket.id.rawValue)",
            "@type": "TroubleTicket",
            "name": ticket.title,
            "description": ticket.description,
            "status": labels["status"] ?? TMFStatus(ticket.state).rawValue,
            "ticketType": labels["ticketType"] ?? ticket.kind.rawValue,
            "creationDate": Self.text(ticket.timestamps.openedAt),
            "lastUpdate": Self.text(ticket.timestamps.updatedAt),
        ]
        if let priority = ticket.priority {
            body["priority"] = labels["priority"] ?? priority.priority.description
            if let severity = labels["severity"] ?? priority.impact?.name { body["severity"] = severity }
        }
        if let resolved = ticket.timestamps.resolvedAt { body["resolutionDate"] = Self.text(resolved) }
        if let reference = ticket.externalReference, viewer.supplier == nil || viewer.supplier == reference.supplier {
            body["externalId"] = reference.externalID
            body["externalIdentifier"] = [["id": reference.externalID, "owner": reference.supplier.rawValue, "externalIdentifierType": "supplierTicket", "@type": "ExternalIdentifier"]]
        }
        body["relatedEntity"] = relatedEntities() + (kept.keptValue("relatedEntity") as? [[String: Any]] ?? [])
        body["relatedParty"] = relatedParties() + (kept.keptValue("relatedParty") as? [[String: Any]] ?? [])
        for attribute in TMFTicketInput.kept {
            if let value = kept.keptValue(attribute) { body[attribute] = value }
        }
        body["note"] = notes(visible)
        let history = statusChanges(visible)
        body["statusChange"] = history
        body["statusChangeHistory"] = history
        if let last = history.last {
            body["statusChangeDate"] = last["changeDate"]
            if let reason = last["changeReason"] { body["statusChangeReason"] = reason }
        }
        return Self.selecting(fields, from: body)
    }

    /// The top-level keys `fields` names, plus `id`, `href` and `@type` (all of them without `fields`).
    static func selecting(_ fields: Set<String>?, from body: [String: Any]) -> [String: Any] {
        guard let fields else { return body }
        return body.filter { fields.contains($0.key) || ["id", "href", "@type"].contains($0.key) }
    }

    private func isVisible(_ event: TicketEvent) -> Bool {
        Self.isVisible(event, to: viewer)
    }

    /// Whether `viewer` may see what `event` wrote: a supplier sees its own events and the hub's.
    static func isVisible(_ event: TicketEvent, to viewer: Principal) -> Bool {
        guard let supplier = viewer.supplier, let author = event.supplier else { return true }
        return author == supplier
    }

    private func relatedEntities() -> [[String: Any]] {
        var entities = ticket.configurationItems.map { ci -> [String: Any] in
            ["id": ci.rawValue, "role": "affectedCI", "@referredType": "ConfigurationItem", "@type": "RelatedEntity"]
        }
        if let service = ticket.service {
            entities.append(["id": service.rawValue, "role": "service", "@referredType": "Service", "@type": "RelatedEntity"])
        }
        return entities
    }

    private func relatedParties() -> [[String: Any]] {
        guard let assignment = ticket.assignment, viewer.supplier == nil || viewer.supplier == assignment.supplier else { return [] }
        var party: [String: Any] = ["id": assignment.supplier.rawValue, "role": "assignee", "@referredType": "Organization", "@type": "RelatedParty"]
        if let group = assignment.group { party["name"] = group }
        return [party]
    }

    private func notes(_ events: [TicketEvent]) -> [[String: Any]] {
        events.flatMap { event in
            event.changes.enumerated().compactMap { index, change -> [String: Any]? in
                guard change.field == .comment, let text = change.newValue else { return nil }
                return [
                    "id": "\(event.id.rawValue)#\(index)", "author": event.supplier?.rawValue ?? "integrator",
                    "date": Self.text(event.sourceTime), "text": text, "@type": "Note",
                ]
            }
        }
    }

    /// One entry per change of the TMF status: canonical moves that show the same status
    /// (`new` → `assigned` are both `acknowledged`) add none.
    private func statusChanges(_ events: [TicketEvent]) -> [[String: Any]] {
        var entries: [[String: Any]] = []
        for event in events {
            guard let change = event.changes.last(where: { $0.field == .state }), let state = change.newValue.flatMap(TicketState.init(text:)) else {
                continue
            }
            let status = TMFLabels.labels(in: event)["status"] ?? TMFStatus(state).rawValue
            if let previous = entries.last?["status"] as? String, previous == status { continue }
            var entry: [String: Any] = ["status": status, "changeDate": Self.text(event.sourceTime), "@type": "StatusChange"]
            if let reason = event.changes.first(where: { $0.field == .workNote })?.newValue { entry["changeReason"] = reason }
            entries.append(entry)
        }
        return entries
    }

    static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
