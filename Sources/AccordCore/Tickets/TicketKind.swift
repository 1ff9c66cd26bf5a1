/// The ITIL practice a ticket belongs to.
public enum TicketKind: String, Sendable, Codable, CaseIterable {
    case incident
    case request
    case change
    case problem
}
