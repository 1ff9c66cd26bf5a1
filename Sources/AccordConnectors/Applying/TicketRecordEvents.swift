import AccordCore
import AccordMapping
import Foundation

/// Turns one canonical ticket record into ticket events.
///
/// A record is a snapshot of the fields the supplier sent; each becomes a field change with the
/// record's value (old values are not trusted: deliveries arrive out of order, and the projection
/// orders events by source time). For a ticket seen for the first time, the instants the record
/// carries (opened, assigned, resolved) become events of their own so that clocks start and stop
/// when things happened at the source, not when Accord heard of them.
enum TicketRecordEvents {
    struct Context {
        var supplier: Supplier
        var ticketID: TicketID
        var isNewTicket: Bool
        /// The ticket as projected so far (for authority: hub-owned fields are taken from a
        /// supplier only while the hub has no value).
        var current: Ticket?
        var deliveryID: String
        var receivedAt: Date
        var channel: Channel
    }

    /// The id of the record's main event; its other events add a suffix (`/opened`, …).
    static func baseID(for record: CanonicalRecord, supplier: SupplierID, deliveryID: String) -> String {
        "EVT-\(supplier)-\(deliveryID)#\(record.recordIndex)"
    }

    static func events(for record: CanonicalRecord, _ context: Context) -> [TicketEvent] {
        let mainTime = (record.instant(.eventAt) ?? record.instant(.updatedAt) ?? record.instant(.openedAt))?.date ?? context.receivedAt
        let base = baseID(for: record, supplier: context.supplier.id, deliveryID: context.deliveryID)
        var events: [TicketEvent] = []
        func event(_ suffix: String, at instant: Date, _ changes: [FieldChange]) {
            guard !changes.isEmpty else { return }
            events.append(TicketEvent(
                id: TicketEventID(base + suffix), ticketID: context.ticketID, sourceTime: instant, receivedTime: context.receivedAt,
                channel: context.channel, supplier: context.supplier.id, deliveryID: context.deliveryID, changes: changes
            ))
        }
        let snapshot = snapshotChanges(record, context)
        if context.isNewTicket, let opened = record.instant(.openedAt)?.date, opened < mainTime {
            let descriptive = snapshot.filter { $0.field != .state }
            event("/opened", at: opened, descriptive + [FieldChange(field: .state, newValue: TicketState.new.description)])
            if let assigned = record.instant(.assignedAt)?.date, assigned > opened, assigned < mainTime {
                event("/assigned", at: assigned, [FieldChange(field: .state, newValue: TicketState.assigned.description)])
            }
            if let resolved = record.instant(.resolvedAt)?.date, resolved > opened, resolved < mainTime,
               record.state == .resolved || record.state == .closed {
                event("/resolved", at: resolved, [FieldChange(field: .state, newValue: TicketState.resolved.description)])
            }
        }
        event("", at: mainTime, snapshot)
        return events
    }

    /// The record's fields as changes, filtered by the supplier tier's authority.
    private static func snapshotChanges(_ record: CanonicalRecord, _ context: Context) -> [FieldChange] {
        var changes: [FieldChange] = []
        let capabilities = context.supplier.capabilities
        func add(_ field: TicketField, _ value: String?, hubValue: String? = nil) {
            guard let value else { return }
            // A hub-owned field is taken from the supplier only while the hub has no value for it.
            if !capabilities.supplierOwns(field), !context.isNewTicket, hubValue != nil { return }
            changes.append(FieldChange(field: field, newValue: value))
        }
        let current = context.current
        add(.title, record.text(.title), hubValue: current.map(\.title).flatMap { $0.isEmpty ? nil : $0 })
        add(.description, record.text(.description), hubValue: current.map(\.description).flatMap { $0.isEmpty ? nil : $0 })
        add(.priority, record.priority?.description, hubValue: current?.priority?.priority.description)
        add(.impact, level(record, .impact), hubValue: current?.priority?.impact?.name)
        add(.urgency, level(record, .urgency), hubValue: current?.priority?.urgency?.name)
        add(.service, record.text(.service), hubValue: current?.service?.rawValue)
        if context.isNewTicket || current?.assignment == nil {
            let group = record.text(.assignmentGroup)
            changes.append(FieldChange(field: .assignment, newValue: Assignment(supplier: context.supplier.id, group: group).description))
        } else {
            add(.assignmentGroup, record.text(.assignmentGroup))
        }
        add(.state, record.state?.description)
        add(.comment, record.text(.comment))
        return changes
    }

    private static func level(_ record: CanonicalRecord, _ field: CanonicalField) -> String? {
        if case .integer(let number)? = record.values[field] { return SeverityLevel(rawValue: number)?.name }
        return record.text(field).flatMap(SeverityLevel.init(text:))?.name
    }
}
