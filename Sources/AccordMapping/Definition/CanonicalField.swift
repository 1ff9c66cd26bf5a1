/// A key of a canonical record. Declaration order is the order keys are printed in.
public enum CanonicalField: String, Sendable, Hashable, CaseIterable, Codable {
    case kind, externalId, number, title, description
    case eventType, eventId, eventAt, author, comment
    case state, pendingParty, stateRaw, priority, priorityRaw, impact, urgency
    case classification, status, service, assignmentGroup, assignee
    case ciClass, name, source, target, relType, relTypeRaw
    case openedAt, assignedAt, respondedAt, resolvedAt, closedAt, startedAt, endedAt, updatedAt
    case ciRefs, identifiers, attributes, changes

    /// What values a field holds, which decides how a mapped value is checked.
    enum ValueType: Sendable {
        case text, instant, ticketKind, state, pendingParty, priority, level, relType, textList
        case identifiers, attributes, changes
    }

    /// The field's value type for `recordType` (`impact` is a level on tickets, text on notices).
    func valueType(for recordType: CanonicalRecordType) -> ValueType {
        switch self {
        case .kind: .ticketKind
        case .state: .state
        case .pendingParty: .pendingParty
        case .priority: .priority
        case .impact: recordType == .statusNotice ? .text : .level
        case .urgency: .level
        case .relType: .relType
        case .eventAt, .openedAt, .assignedAt, .respondedAt, .resolvedAt, .closedAt, .startedAt, .endedAt, .updatedAt: .instant
        case .ciRefs: .textList
        case .identifiers: .identifiers
        case .attributes: .attributes
        case .changes: .changes
        default: .text
        }
    }

    /// The record types that may carry this field.
    var recordTypes: Set<CanonicalRecordType> {
        let tickets: Set<CanonicalRecordType> = [.ticket, .ticketEvent]
        switch self {
        case .externalId, .attributes, .updatedAt: return Set(CanonicalRecordType.allCases)
        case .kind, .number, .state, .pendingParty, .stateRaw, .priority, .priorityRaw, .urgency,
             .assignmentGroup, .assignee, .openedAt, .assignedAt, .respondedAt, .resolvedAt, .closedAt, .ciRefs:
            return tickets
        case .title, .description, .service, .impact: return tickets.union([.statusNotice])
        case .eventType, .eventId, .eventAt, .author, .comment, .changes: return [.ticketEvent]
        case .classification, .startedAt, .endedAt: return [.statusNotice]
        case .status: return [.configurationItem, .statusNotice]
        case .ciClass, .name, .identifiers: return [.configurationItem]
        case .source, .target, .relType, .relTypeRaw: return [.relationship]
        }
    }

    /// The `…Raw` field filled automatically with this field's value before the value map.
    var rawCompanion: CanonicalField? {
        switch self {
        case .state: .stateRaw
        case .priority: .priorityRaw
        case .relType: .relTypeRaw
        default: nil
        }
    }
}
