import AccordCore

/// One canonical record (`docs/CANONICAL-MODEL.md`): a ticket, ticket event, configuration item,
/// relationship or status notice, with the fields the adapter could map.
public struct CanonicalRecord: Sendable, Hashable {
    public var recordType: CanonicalRecordType
    /// 1-based position among the records found at its location in the document.
    public var recordIndex: Int
    public var values: [CanonicalField: CanonicalValue]
    /// Why some fields could not be mapped; empty for a clean record.
    public var diagnostics: [MappingDiagnostic]

    public init(recordType: CanonicalRecordType, recordIndex: Int, values: [CanonicalField: CanonicalValue] = [:], diagnostics: [MappingDiagnostic] = []) {
        self.recordType = recordType
        self.recordIndex = recordIndex
        self.values = values
        self.diagnostics = diagnostics
    }

    /// A text field's value.
    public func text(_ field: CanonicalField) -> String? {
        if case .text(let text)? = values[field] { return text }
        return nil
    }

    /// An instant field's value.
    public func instant(_ field: CanonicalField) -> CanonicalInstant? {
        if case .instant(let instant)? = values[field] { return instant }
        return nil
    }

    public var externalId: String? { text(.externalId) }
    public var kind: TicketKind? { text(.kind).flatMap(TicketKind.init(rawValue:)) }

    /// The state with its pending party, as `AccordCore` models it.
    public var state: TicketState? {
        guard let name = text(.state) else { return nil }
        if name == "pending" { return TicketState(text: "pending:" + (text(.pendingParty) ?? "")) }
        return TicketState(text: name)
    }

    public var priority: Priority? {
        if case .integer(let number)? = values[.priority] { return Priority(rawValue: number) }
        return nil
    }

    public var identifiers: [Identifier] {
        if case .identifiers(let identifiers)? = values[.identifiers] { return identifiers }
        return []
    }

    public var attributes: [String: String] {
        if case .attributes(let attributes)? = values[.attributes] { return attributes }
        return [:]
    }

    public var relationshipType: RelationshipType? { text(.relType).flatMap(RelationshipType.init(rawValue:)) }
}
