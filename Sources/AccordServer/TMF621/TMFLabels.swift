import AccordCore
import Foundation

/// How a TMF621 client spelled the values it set (`severity` "Major", `priority` "High",
/// `ticketType` "Bill Dispute", `status` "rejected"), so that it reads back what it wrote; and the
/// attributes Accord keeps as sent without reading them (`attachment`, `channel`, …, as JSON text).
///
/// A spelling is kept as a ``TicketField/label`` change in the event that set the value. It is
/// shown until a later event changes the value without one (a supplier's webhook moving the
/// impact, a PATCH with `P1`): then the canonical value shows again.
struct TMFLabels {
    /// The TMF attributes that can carry a spelling, and the canonical field each one spells
    /// (`ticketType` has none: the kind is fixed when the ticket is created).
    static let spelledFields: [String: TicketField?] = ["severity": .impact, "priority": .priority, "status": .state, "ticketType": nil]

    private var latest: [String: String] = [:]
    /// The kept attributes' JSON texts, by attribute (removed ones absent).
    private(set) var kept: [String: String] = [:]

    /// The spellings that stand after `events` (in any order; read in the projection's order).
    ///
    /// An event spelling an attribute sets it; one that changes the field's value without a
    /// spelling clears it; one that sends the same value again (a supplier's snapshot repeats
    /// every field it owns) leaves it.
    init(events: [TicketEvent]) {
        let ordered = events.sorted { ($0.sourceTime, $0.receivedTime, $0.id) < ($1.sourceTime, $1.receivedTime, $1.id) }
        var values: [TicketField: String?] = [:]
        for event in ordered {
            let labels = Self.labels(in: event)
            for (attribute, text) in labels where Self.spelledFields[attribute] == nil {
                kept[attribute] = text.isEmpty ? nil : text
            }
            for (attribute, field) in Self.spelledFields {
                if let label = labels[attribute] {
                    latest[attribute] = label
                } else if let field, let change = event.changes.last(where: { $0.field == field }),
                          values[field].map({ $0 != change.newValue }) ?? true {
                    latest[attribute] = nil
                }
            }
            for change in event.changes where change.field != .label { values[change.field] = .some(change.newValue) }
        }
    }

    /// Whether `change` spells one of ``spelledFields`` (not an attribute kept as sent).
    static func isSpelling(_ change: FieldChange) -> Bool {
        parse(change).map { spelledFields.keys.contains($0.attribute) } ?? false
    }

    /// The spelling of `attribute` that stands, if the client that last set it gave one.
    subscript(_ attribute: String) -> String? { latest[attribute] }

    /// A kept attribute as JSON (an object, an array or a string), if it is set.
    func keptValue(_ attribute: String) -> Any? {
        guard let text = kept[attribute] else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// The change that keeps `value` (JSON) as `attribute`, or removes it (`nil`).
    static func keeping(_ attribute: String, _ value: Any?) throws -> FieldChange {
        guard let value else { return change(attribute, "") }
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
        return change(attribute, String(decoding: data, as: UTF8.self))
    }

    /// The change that records `text` as the spelling of `attribute`.
    static func change(_ attribute: String, _ text: String) -> FieldChange {
        FieldChange(field: .label, newValue: "\(attribute)=\(text)")
    }

    /// The spellings an event carries, by attribute.
    static func labels(in event: TicketEvent) -> [String: String] {
        var labels: [String: String] = [:]
        for case let (attribute, text)? in event.changes.map(parse) { labels[attribute] = text }
        return labels
    }

    /// A label change's attribute and text (`severity=Major`); `nil` for any other change.
    private static func parse(_ change: FieldChange) -> (attribute: String, text: String)? {
        guard change.field == .label, let value = change.newValue, let separator = value.firstIndex(of: "=") else { return nil }
        return (String(value[..<separator]), String(value[value.index(after: separator)...]))
    }
}
