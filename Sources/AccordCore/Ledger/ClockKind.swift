/// The two clocks every agreement runs on a ticket.
public enum ClockKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// Stops at the first response, as the agreement's ``ResponseRule`` defines it.
    case response
    /// Stops when the ticket is resolved (or closed or cancelled without being resolved).
    case resolution
}
