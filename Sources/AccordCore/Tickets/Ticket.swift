/// A ticket as the hub sees it: the current projection of its event history.
public struct Ticket: Sendable, Hashable, Codable, Identifiable {
    public var id: TicketID
    public var kind: TicketKind
    /// Where the ticket lives in a supplier's tool; `nil` for tickets raised in Accord.
    public var externalReference: ExternalReference?
    public var title: String
    public var description: String
    public var state: TicketState
    public var priority: PriorityAssessment?
    public var service: ServiceID?
    public var configurationItems: [CIID]
    public var assignment: Assignment?
    public var timestamps: TicketTimestamps

    public init(
        id: TicketID, kind: TicketKind, externalReference: ExternalReference? = nil,
        title: String, description: String = "", state: TicketState = .new,
        priority: PriorityAssessment? = nil, service: ServiceID? = nil,
        configurationItems: [CIID] = [], assignment: Assignment? = nil, timestamps: TicketTimestamps
    ) {
        self.id = id
        self.kind = kind
        self.externalReference = externalReference
        self.title = title
        self.description = description
        self.state = state
        self.priority = priority
        self.service = service
        self.configurationItems = configurationItems
        self.assignment = assignment
        self.timestamps = timestamps
    }
}
