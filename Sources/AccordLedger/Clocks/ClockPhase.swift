import Foundation

/// Where a clock is in its life.
enum ClockPhase: Sendable, Equatable {
    case notStarted
    case running
    case paused(reason: String)
    /// Stopped by a response or a resolution; a resolution may still be reopened.
    case stopped(at: Date, outcome: ClockOutcome)
}

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
