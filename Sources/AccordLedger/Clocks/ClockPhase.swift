import AccordCore
import Foundation

/// Where a clock is in its life.
enum ClockPhase: Sendable, Equatable {
    case notStarted
    case running
    case paused(reason: String)
    /// Stopped by a response or a resolution; a resolution may still be reopened.
    case stopped(at: Date, outcome: ClockOutcome)
}
