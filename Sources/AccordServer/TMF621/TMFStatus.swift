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

/// TMF `severity` (free text) ↔ canonical impact: `critical`/`high` → high, `major`/`medium` →
/// medium, `minor`/`low` → low (any case; `1`–`3` too); any other text leaves the impact as it
/// is. Shown as the client spelled it (``TMFLabels``), else as the impact name.
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

/// TMF `priority` → canonical priority: `P1`…`P5` or `1`…`5`, or the names TMF621 gives as
/// examples (`Critical` P1, `High` P2, `Medium` P3, `Low` P4, `Planning`/`Lowest` P5), any case.
enum TMFPriority {
    static let names: [String: Priority] = ["critical": .p1, "high": .p2, "medium": .p3, "low": .p4, "planning": .p5, "lowest": .p5]

    static func priority(_ text: String) -> Priority? {
        Priority(text: text) ?? names[text.lowercased()]
    }
}

/// TMF `ticketType` (free text, e.g. "incident", "complaint", "Bill Dispute") → canonical kind:
/// one of the kinds by name (any case), a text naming one ("Service Request", "Normal Change"),
/// otherwise an incident — a trouble ticket reports something that does not work.
enum TMFTicketType {
    static func kind(_ text: String) -> TicketKind {
        let lowered = text.lowercased()
        if let exact = TicketKind.allCases.first(where: { $0.rawValue == lowered }) { return exact }
        for kind in [TicketKind.request, .change, .problem] where lowered.contains(kind.rawValue) { return kind }
        return .incident
    }
}
