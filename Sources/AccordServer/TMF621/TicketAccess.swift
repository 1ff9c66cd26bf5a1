import AccordCore

/// Object- and field-level authorisation for tickets.
///
/// A supplier sees a ticket assigned to it now or at any time before (its events are checked,
/// not only the current assignment), or one it raised. It changes only the fields its tier makes
/// it authoritative for, and only through a tier that opens the native API. The integrator reads
/// everything and changes business fields, affected CIs and notes; an admin changes everything.
enum TicketAccess {
    /// Whether `principal` may see `ticket`, given its full event history.
    static func canSee(_ principal: Principal, ticket: Ticket, events: [TicketEvent]) -> Bool {
        guard let supplier = principal.supplier else { return true }
        if ticket.assignment?.supplier == supplier { return true }
        return events.contains { event in
            event.supplier == supplier || event.changes.contains { change in
                change.field == .assignment && change.newValue.map { assignee($0) == supplier } == true
            }
        }
    }

    /// Whether `principal` may write `field`; `supplier` is the principal's supplier record.
    static func mayWrite(_ field: TicketField, principal: Principal, supplier: Supplier?) -> Bool {
        switch principal {
        case .admin: return true
        case .integrator: return TicketField.businessFields.contains(field) || [.comment, .workNote, .configurationItems].contains(field)
        case .supplier:
            guard let supplier, supplier.capabilities.accepts(.nativeAPI) else { return false }
            return supplier.capabilities.supplierOwns(field)
        }
    }

    /// The supplier of an assignment's text form (`supplier` or `supplier/group`).
    static func assignee(_ text: String) -> SupplierID? {
        text.split(separator: "/", maxSplits: 1).first.flatMap { SupplierID(String($0)) }
    }
}
