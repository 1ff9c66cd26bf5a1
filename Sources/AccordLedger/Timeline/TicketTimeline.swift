import AccordCore
import Foundation

/// A ticket's history as an ordered list of snapshots, folded from its events.
///
/// Events are ordered by source time, then received time, then id, so a late event takes its
/// place in history instead of being applied last. A change whose value cannot be read (an unknown
/// state text) leaves the field as it was and is reported in ``unreadableChanges``.
public struct TicketTimeline: Sendable {
    public let snapshots: [TicketSnapshot]
    /// Changes that could not be interpreted, with the event that carried them.
    public let unreadableChanges: [(event: TicketEventID, change: FieldChange)]

    public init(events: [TicketEvent]) {
        let ordered = events.sorted { ($0.sourceTime, $0.receivedTime, $0.id) < ($1.sourceTime, $1.receivedTime, $1.id) }
        var state = TicketState.new
        var priority: Priority?
        var assignee: SupplierID?
        var service: ServiceID?
        var snapshots: [TicketSnapshot] = []
        var unreadable: [(event: TicketEventID, change: FieldChange)] = []
        for event in ordered {
            for change in event.changes {
                switch change.field {
                case .state:
                    if let value = change.newValue.flatMap(TicketState.init(text:)) { state = value } else { unreadable.append((event.id, change)) }
                case .priority:
                    if let text = change.newValue {
                        if let value = Priority(text: text) { priority = value } else { unreadable.append((event.id, change)) }
                    } else {
                        priority = nil
                    }
                case .assignment:
                    if let text = change.newValue {
                        let supplierText = text.split(separator: "/", maxSplits: 1).first.map(String.init) ?? text
                        if let value = SupplierID(supplierText) { assignee = value } else { unreadable.append((event.id, change)) }
                    } else {
                        assignee = nil
                    }
                case .service:
                    service = change.newValue.map(ServiceID.init)
                default:
                    break
                }
            }
            snapshots.append(TicketSnapshot(
                instant: event.sourceTime, eventID: event.id, state: state, priority: priority,
                assignee: assignee, service: service, changes: event.changes
            ))
        }
        self.snapshots = snapshots
        self.unreadableChanges = unreadable
    }

    /// Whether `supplier` held the ticket at any point.
    public func wasEverAssigned(to supplier: SupplierID) -> Bool {
        snapshots.contains { $0.assignee == supplier }
    }

    /// Whether the ticket was ever attributed to `service`.
    public func wasEverFor(service: ServiceID) -> Bool {
        snapshots.contains { $0.service == service }
    }
}
