/// How a stopped clock ended.
public enum ClockOutcome: String, Sendable, Codable, Hashable {
    /// Business elapsed did not exceed the target.
    case met
    /// Business elapsed exceeded the target.
    case breached
    /// The ticket was cancelled; the clock counts neither as met nor as breached.
    case cancelled
    /// The ticket's priority has no target under this agreement.
    case noTarget
}
