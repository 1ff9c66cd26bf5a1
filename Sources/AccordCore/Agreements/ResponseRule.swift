/// What counts as the first response that stops an agreement's response clock.
public enum ResponseRule: String, Sendable, Codable, CaseIterable, Hashable {
    /// The ticket leaves `new` (it is assigned, or any later state). The usual customer SLA rule.
    case assigned
    /// Work has started: `inProgress` or any later state except `assigned` (a supplier acknowledging).
    case inProgress
    /// The first public update: a `comment` change, or a state change past `assigned`.
    case firstPublicUpdate

    /// Whether a ticket now in `state`, whose latest event carried `changes`, has been responded to.
    public func isResponse(state: TicketState, changes: [FieldChange]) -> Bool {
        switch self {
        case .assigned:
            return state != .new
        case .inProgress:
            return state != .new && state != .assigned
        case .firstPublicUpdate:
            return changes.contains { $0.field == .comment } || (state != .new && state != .assigned)
        }
    }
}
