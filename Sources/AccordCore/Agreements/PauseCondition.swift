/// A state in which an agreement's clocks stop: a pending party, or resolved.
public enum PauseCondition: Sendable, Hashable, Codable, CustomStringConvertible {
    case pending(PendingParty)
    case resolved

    /// Waiting on the customer or on a third party stops the clock; waiting on the supplier never does.
    public static let defaults: Set<PauseCondition> = [.pending(.customer), .pending(.thirdParty)]

    /// Whether a ticket in `state` is paused by this condition.
    public func matches(_ state: TicketState) -> Bool {
        switch (self, state) {
        case (.pending(let party), .pending(let actual)): party == actual
        case (.resolved, .resolved): true
        default: false
        }
    }

    /// `pending:customer`, `resolved`: the same text as the matching ``TicketState``.
    public var description: String {
        switch self {
        case .pending(let party): TicketState.pending(party).description
        case .resolved: "resolved"
        }
    }

    /// Parses the text form.
    public init?(text: String) {
        switch TicketState(text: text) {
        case .pending(let party): self = .pending(party)
        case .resolved: self = .resolved
        default: return nil
        }
    }
}
