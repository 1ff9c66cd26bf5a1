import AccordCore

/// How a TMF621 client spelled the values it set (`severity` "Major", `priority` "High",
/// `ticketType` "Bill Dispute", `status` "rejected"), so that it reads back what it wrote.
///
/// A spelling is kept as a ``TicketField/label`` change in the event that set the value. It is
/// shown while that event is the last to have changed the value: a later change made without one
/// (a supplier's webhook moving the impact, a PATCH with `P1`) shows the canonical value again.
struct TMFLabels {
    /// The TMF attributes that can carry a spelling, and the canonical field each one spells
    /// (`ticketType` has none: the kind is fixed when the ticket is created).
    static let spelledFields: [String: TicketField?] = ["severity": .impact, "priority": .priority, "status": .state, "ticketType": nil]

    private var latest: [String: String] = [:]

    /// The spellings that stand after `events` (in any order; read in the projection's order).
    init(events: [TicketEvent]) {
        let ordered = events.sorted { ($0.sourceTime, $0.receivedTime, $0.id) < ($1.sourceTime, $1.receivedTime, $1.id) }
        for event in ordered {
            let labels = Self.labels(in: event)
            for (attribute, field) in Self.spelledFields {
                if let field, !event.changes.contains(where: { $0.field == field }) { continue }
                if let label = labels[attribute] {
                    latest[attribute] = label
                } else if field != nil {
                    latest[attribute] = nil
                }
            }
        }
    }

    /// The spelling of `attribute` that stands, if the client that last set it gave one.
    subscript(_ attribute: String) -> String? { latest[attribute] }

    /// The change that records `text` as the spelling of `attribute`.
    static func change(_ attribute: String, _ text: String) -> FieldChange {
        FieldChange(field: .label, newValue: "\(attribute)=\(text)")
    }

    /// The spellings an event carries, by attribute.
    static func labels(in event: TicketEvent) -> [String: String] {
        var labels: [String: String] = [:]
        for change in event.changes where change.field == .label {
            guard let value = change.newValue, let separator = value.firstIndex(of: "=") else { continue }
            labels[String(value[..<separator])] = String(value[value.index(after: separator)...])
        }
        return labels
    }
}
