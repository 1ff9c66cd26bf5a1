import AccordCore
import BusinessTime
import Foundation

/// The state machine of one clock (response or resolution) of one ticket under one agreement.
///
/// Fed the ticket's snapshots in order, it appends ledger entries: start, pauses (by pending party,
/// or `custody` while an OLA supplier does not hold the ticket), target changes, computed warning
/// and breach instants, stops and reopens. Business time is measured on the calendar version in
/// force when the clock (or, after a `restart` reopen, its cycle) started.
struct ClockRunner {
    let ticketID: TicketID
    let agreement: Agreement
    let clock: ClockKind
    /// The OLA supplier whose custody the clock runs in; `nil` for an SLA.
    let custodian: SupplierID?
    let versions: CalendarVersions

    private(set) var entries: [LedgerEntry] = []
    var phase: ClockPhase = .notStarted
    var cycle = 1
    var elapsed = 0
    var lastInstant = Date.distantPast
    var target: Int?
    var priority: Priority?
    var warned = false
    var breached = false
    var version: CalendarVersion?

    init(ticketID: TicketID, agreement: Agreement, clock: ClockKind, custodian: SupplierID?, versions: CalendarVersions) {
        self.ticketID = ticketID
        self.agreement = agreement
        self.clock = clock
        self.custodian = custodian
        self.versions = versions
    }

    var calendar: BusinessCalendar? { version?.calendar }

    // MARK: - Feeding

    /// Applies the ticket's condition after one event.
    mutating func apply(_ snapshot: TicketSnapshot) {
        advance(to: snapshot.instant)
        if case .notStarted = phase {
            guard startCondition(snapshot) else { return }
            start(at: snapshot)
        }
        if clock == .resolution { reopenIfNeeded(snapshot) }
        updateTarget(snapshot)
        switch clock {
        case .response: stopOnResponse(snapshot)
        case .resolution: stopOnResolution(snapshot)
        }
        updatePause(snapshot)
    }

    /// Runs the clock on to `instant` (recording crossings) and reports its status then.
    mutating func finish(asOf instant: Date) -> ClockStatus? {
        advance(to: instant)
        guard let calendar else { return nil }
        let state: ClockStatus.State
        var due: Date?
        var outcome: ClockOutcome?
        switch phase {
        case .notStarted:
            return nil
        case .running:
            state = .running
            if let target, elapsed <= target { due = try? calendar.add(target - elapsed, to: lastInstant) }
        case .paused:
            state = .paused
        case .stopped(_, let stopOutcome):
            state = .stopped
            outcome = stopOutcome
        }
        return ClockStatus(
            agreementID: agreement.id, clock: clock, cycle: cycle, state: state, elapsed: elapsed,
            target: target, due: due, outcome: outcome
        )
    }

    // MARK: - Time passing

    /// Counts business time up to `instant` while running, recording warning and breach instants.
    mutating func advance(to instant: Date) {
        guard instant > lastInstant else { return }
        defer { lastInstant = instant }
        guard case .running = phase, let calendar else { return }
        let delta = calendar.elapsed(from: lastInstant, to: instant)
        recordCrossings(from: lastInstant, adding: delta)
        elapsed += delta
    }

    /// Records the warning and breach instants that fall within `delta` business seconds after `start`.
    mutating func recordCrossings(from start: Date, adding delta: Int) {
        guard delta > 0, let target, let calendar else { return }
        let warnAt = warningThreshold(for: target)
        if !warned, elapsed < warnAt, elapsed + delta >= warnAt, let instant = try? calendar.add(warnAt - elapsed, to: start) {
            emit(.warned, at: instant, elapsed: warnAt, event: nil)
            warned = true
        }
        // Breach is exact: the first whole business second beyond the target.
        if !breached, elapsed <= target, elapsed + delta > target, let instant = try? calendar.add(target + 1 - elapsed, to: start) {
            emit(.breached, at: instant, elapsed: target + 1, event: nil)
            breached = true
        }
    }

    /// The elapsed time at which a warning is due: the threshold percentage of the target, rounded up.
    func warningThreshold(for target: Int) -> Int {
        (target * agreement.warningThresholdPercent + 99) / 100
    }

    // MARK: - Entries

    mutating func emit(_ kind: LedgerEntryKind, at instant: Date, elapsed: Int? = nil, reason: String? = nil, event: TicketEventID?) {
        entries.append(LedgerEntry(
            ticketID: ticketID, agreementID: agreement.id, clock: clock, cycle: cycle, kind: kind, instant: instant,
            elapsed: elapsed ?? self.elapsed, target: target, reason: reason, causingEvent: event,
            calendarID: agreement.calendarID, calendarVersion: version?.effectiveFrom ?? instant
        ))
    }

    func targetSeconds(for priority: Priority?) -> Int? {
        guard let priority, let target = agreement.targets[priority] else { return nil }
        return clock == .response ? target.response.seconds : target.resolution.seconds
    }
}
