import AccordCore
import Foundation

/// The current view of one clock: what the latest derivation says as of a given instant.
public struct ClockStatus: Sendable, Hashable {
    public enum State: String, Sendable, Hashable, Codable {
        case running
        case paused
        case stopped
    }

    public var agreementID: AgreementID
    public var clock: ClockKind
    public var cycle: Int
    public var state: State
    /// Business seconds elapsed as of the derivation's instant (or at the stop).
    public var elapsed: Int
    public var target: Int?
    /// When the target is used up if the clock keeps running; `nil` when stopped, paused or without target.
    public var due: Date?
    /// Set once stopped.
    public var outcome: ClockOutcome?
    /// Whether the elapsed time exceeds the target now.
    public var isBreached: Bool { target.map { elapsed > $0 } ?? false }
}
