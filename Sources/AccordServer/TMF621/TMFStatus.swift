import AccordCore

/// The TMF621 v4 `TroubleTicketStatusType` values and their mapping to ``TicketState``
/// (documented in `docs/TMF621.md`).
enum TMFStatus: String, CaseIterable, Sendable {
    case acknowledged, rejected, pending, held, inProgress, cancelled, closed, resolved

    /// How a canonical state is shown: `new`/`assigned` → acknowledged, `pending:customer` →
    /// pending, any other pending party → held.
    init(_ state: TicketState) {
        switch state {
        case .new, .assigned: self = .acknowledged
        case .inProgress: self = .inProgress
        case .pending(.customer): self = .pending
        case .pending: self = .held
        case .resolved: self = .resolved
        case .closed: self = .closed
        case .cancelled: self = .cancelled
        }
    }

    /// The canonical state a requested TMF status becomes; rejected is recorded as cancelled.
    var state: TicketState {
        switch self {
        case .acknowledged: .assigned
        case .inProgress: .inProgress
        case .pending: .pending(.customer)
        case .held: .pending(.thirdParty)
        case .resolved: .resolved
        case .closed: .closed
        case .cancelled, .rejected: .cancelled
        }
    }
}

/// TMF `severity` ↔ canonical impact: `critical`/`high` → high, `major`/`medium` → medium,
/// `minor`/`low` → low (any case; `1`–`3` too). Shown as the impact name.
enum TMFSeverity {
    static func impact(_ text: String) -> Impact? {
        switch text.lowercased() {
        case "critical", "major-critical": .high
        case "major": .medium
        case "minor": .low
        default: Impact(text: text)
        }
    }

    /// The priority a new ticket gets from its severity when no priority is given.
    static func defaultPriority(for impact: Impact) -> Priority {
        switch impact {
        case .high: .p2
        case .medium: .p3
        case .low: .p4
        }
    }
}
