/// A ticket field that events change and that tiers divide authority over.
public enum TicketField: String, Sendable, Codable, CaseIterable, Hashable {
    case title
    case description
    case state
    case priority
    case impact
    case urgency
    case service
    case configurationItems
    case assignment
    case assignmentGroup
    /// A public update visible to the customer (counts as a response under ``ResponseRule/firstPublicUpdate``).
    case comment
    /// An internal note.
    case workNote
    case resolutionNote
    case externalReference
    /// How a client spelled a value it set, as `attribute=text` (TMF621 `severity` "Major",
    /// `ticketType` "Bill Dispute", `status` "rejected"): shown back to it while the value it
    /// spelled stands. Changes nothing in the projection.
    case label

    /// Fields a supplier works with: the working state of the ticket in its hands.
    public static let workingFields: Set<TicketField> =
        [.state, .assignmentGroup, .comment, .workNote, .resolutionNote, .configurationItems, .externalReference]

    /// Fields the service integrator owns: what the ticket is and who it belongs to.
    public static let businessFields: Set<TicketField> =
        [.title, .description, .priority, .impact, .urgency, .service, .assignment]
}
