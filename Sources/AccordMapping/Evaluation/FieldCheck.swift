import AccordCore

/// Checks a mapped value against its canonical field's type and turns it into a ``CanonicalValue``.
enum FieldCheck {
    /// The checked value, `nil` when there is none.
    static func check(_ value: MappedValue, as type: CanonicalField.ValueType, field: CanonicalField) throws(FieldFailure) -> CanonicalValue? {
        if value.isEmpty { return nil }
        switch type {
        case .textList:
            return .texts(try texts(value))
        case .instant:
            let single = try single(value)
            if case .instant(let instant) = single { return .instant(instant) }
            throw FieldFailure(message: "needs an instant; add a 'timestamp' transform with the source's format", value: single.shown)
        default:
            let text = try singleText(value)
            switch type {
            case .ticketKind:
                guard TicketKind(rawValue: text) != nil else { throw invalid(text, "a ticket kind", TicketKind.allCases.map(\.rawValue)) }
            case .state:
                guard TicketState(text: text) != nil else { throw invalid(text, "a canonical state", TicketState.allStates.map(\.description)) }
            case .pendingParty:
                guard PendingParty(rawValue: text) != nil else { throw invalid(text, "a pending party", PendingParty.allCases.map(\.rawValue)) }
            case .priority:
                guard let priority = Priority(text: text) else { throw invalid(text, "a priority", ["1", "2", "3", "4", "5"]) }
                return .integer(priority.rawValue)
            case .level:
                guard ["high", "medium", "low"].contains(text) else { throw invalid(text, "a level", ["high", "medium", "low"]) }
            case .relType:
                guard RelationshipType(rawValue: text) != nil else { throw invalid(text, "a relationship type", RelationshipType.allCases.map(\.rawValue)) }
            default:
                break
            }
            return text.isEmpty ? nil : .text(text)
        }
    }

    /// Every text in a value (a single value is a list of one), empty ones left out.
    static func texts(_ value: MappedValue) throws(FieldFailure) -> [String] {
        switch value {
        case .none: return []
        case .list(let items):
            var result: [String] = []
            for item in items { result += try texts(item) }
            return result
        default:
            let text = try singleText(value)
            return text.isEmpty ? [] : [text]
        }
    }

    private static func single(_ value: MappedValue) throws(FieldFailure) -> MappedValue {
        guard case .list(let items) = value else { return value }
        let present = items.filter { !$0.isEmpty }
        if present.count == 1 { return try single(present[0]) }
        throw FieldFailure(message: "found \(present.count) values where one is expected (add a 'join' or 'first' transform)", value: value.shown)
    }

    private static func singleText(_ value: MappedValue) throws(FieldFailure) -> String {
        switch try single(value) {
        case .text(let text): return text
        case .instant(let instant): return instant.description
        case .none: return ""
        case .node(let node):
            throw FieldFailure(message: "found \(node.kindName), not a value (add 'reference' for {link, value} objects, or a longer path)", value: nil)
        case .list(let items): return try singleText(.list(items))
        }
    }

    private static func invalid(_ text: String, _ what: String, _ choices: [String]) -> FieldFailure {
        FieldFailure(message: "'\(text)' is not \(what) (expected one of: \(choices.joined(separator: ", "))); add it to the value map", value: text)
    }
}
