import AccordCore
import Foundation

/// One clock cycle of one ticket under one agreement, flattened from the ledger's current block:
/// the row every scorecard figure is computed from.
public struct ClockRecord: Sendable, Hashable, Codable {
    public var ticketID: TicketID
    public var agreementID: AgreementID
    public var clock: ClockKind
    public var cycle: Int
    /// The priority in force at the stop (or now, while the clock runs); `nil` when the ticket has none.
    public var priority: Priority?
    /// The ticket's latest service.
    public var service: ServiceID?
    public var startedAt: Date
    /// The cycle's final stop; `nil` while it runs, is paused, or was reopened and runs again.
    public var stoppedAt: Date?
    /// How the final stop ended; `nil` without a stop.
    public var outcome: ClockOutcome?
    /// Business seconds at the stop, or at the last ledger entry while the clock runs.
    public var elapsed: Int
    /// The target in force at the stop (or now).
    public var target: Int?
    /// When the clock went beyond the target in force; `nil` when it never did (or a raised target re-armed it).
    public var breachedAt: Date?
    /// The ticket event that stopped the clock, for evidence.
    public var stopEvent: TicketEventID?

    public init(
        ticketID: TicketID, agreementID: AgreementID, clock: ClockKind, cycle: Int, priority: Priority?, service: ServiceID?,
        startedAt: Date, stoppedAt: Date? = nil, outcome: ClockOutcome? = nil, elapsed: Int, target: Int?,
        breachedAt: Date? = nil, stopEvent: TicketEventID? = nil
    ) {
        self.ticketID = ticketID
        self.agreementID = agreementID
        self.clock = clock
        self.cycle = cycle
        self.priority = priority
        self.service = service
        self.startedAt = startedAt
        self.stoppedAt = stoppedAt
        self.outcome = outcome
        self.elapsed = elapsed
        self.target = target
        self.breachedAt = breachedAt
        self.stopEvent = stopEvent
    }

    /// Whether the cycle counts towards compliance: it stopped either met or breached.
    public var isMeasured: Bool { outcome == .met || outcome == .breached }

    /// Whether the clock ran at some time in `[start, end)`: started before `end` and not stopped before `start`.
    public func ran(from start: Date, to end: Date) -> Bool {
        startedAt < end && (stoppedAt.map { $0 >= start } ?? true)
    }

    /// Whether the clock was running or paused (not yet stopped) at `instant`.
    public func isOpen(at instant: Date) -> Bool {
        startedAt < instant && (stoppedAt.map { $0 >= instant } ?? true)
    }
}
