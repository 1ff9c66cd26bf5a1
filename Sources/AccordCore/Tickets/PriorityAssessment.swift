/// A ticket's priority with the impact and urgency it was derived from, where known.
public struct PriorityAssessment: Sendable, Hashable, Codable {
    public var priority: Priority
    public var impact: Impact?
    public var urgency: Urgency?

    public init(priority: Priority, impact: Impact? = nil, urgency: Urgency? = nil) {
        self.priority = priority
        self.impact = impact
        self.urgency = urgency
    }
}
