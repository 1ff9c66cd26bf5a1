/// The canonical lifecycle state every supplier's status is mapped to.
///
/// Its text form (``description``, also its `Codable` form) is the state name, with the party for
/// pending states after a colon: `new`, `inProgress`, `pending:thirdParty`.
public enum TicketState: Sendable, Hashable, Codable, CustomStringConvertible {
    case new
    case assigned
    case inProgress
    case pending(PendingParty)
    case resolved
    case closed
    case cancelled

    /// Every state, with each pending party spelled out.
    public static let allStates: [TicketState] =
        [.new, .assigned, .inProgress] + PendingParty.allCases.map { .pending($0) } + [.resolved, .closed, .cancelled]

    /// The state's name without the pending party (`pending` for every pending state).
    public var name: String {
        switch self {
        case .new: "new"
        case .assigned: "assigned"
        case .inProgress: "inProgress"
        case .pending: "pending"
        case .resolved: "resolved"
        case .closed: "closed"
        case .cancelled: "cancelled"
        }
    }

    /// The party a pending state waits on, otherwise `nil`.
    public var pendingParty: PendingParty? {
        if case .pending(let party) = self { return party }
        return nil
    }

    /// Whether work on the ticket has ended (resolved, closed or cancelled).
    public var isTerminal: Bool {
        switch self {
        case .resolved, .closed, .cancelled: true
        default: false
        }
    }

    public var description: String {
        if let party = pendingParty { return "pending:\(party.rawValue)" }
        return name
    }

    /// Parses the text form; `nil` for anything else.
    public init?(text: String) {
        switch text {
        case "new": self = .new
        case "assigned": self = .assigned
        case "inProgress": self = .inProgress
        case "resolved": self = .resolved
        case "closed": self = .closed
        case "cancelled": self = .cancelled
        default:
            let parts = text.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0] == "pending", let party = PendingParty(rawValue: String(parts[1])) else { return nil }
            self = .pending(party)
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let state = TicketState(text: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown ticket state '\(text)'"))
        }
        self = state
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
