import AccordCore
import BusinessTime
import Foundation

extension ClockRunner {
    /// SLA clocks start with the ticket; OLA clocks when their supplier first holds it.
    func startCondition(_ snapshot: TicketSnapshot) -> Bool {
        custodian == nil || snapshot.assignee == custodian
    }

    mutating func start(at snapshot: TicketSnapshot) {
        version = versions.version(forClockStartedAt: snapshot.instant) ?? versions.versions.first
        elapsed = 0
        warned = false
        breached = false
        priority = snapshot.priority
        target = targetSeconds(for: snapshot.priority)
        phase = .running
        emit(.started, at: snapshot.instant, reason: snapshot.priority?.description, event: snapshot.eventID)
    }

    /// A priority change moves the target; elapsed time carries over and the change is recorded.
    mutating func updateTarget(_ snapshot: TicketSnapshot) {
        if case .stopped = phase { return }
        guard snapshot.priority != priority else { return }
        let oldPriority = priority
        let oldTarget = target
        priority = snapshot.priority
        target = targetSeconds(for: snapshot.priority)
        let from = "\(oldPriority?.description ?? "none") \(oldTarget.map(String.init) ?? "none")"
        let to = "\(priority?.description ?? "none") \(target.map(String.init) ?? "none")"
        emit(.targetChanged, at: snapshot.instant, reason: "\(from) -> \(to)", event: snapshot.eventID)
        guard let target else {
            warned = false
            breached = false
            return
        }
        let warnAt = warningThreshold(for: target)
        if !warned, elapsed >= warnAt { emit(.warned, at: snapshot.instant, event: snapshot.eventID) }
        if !breached, elapsed > target { emit(.breached, at: snapshot.instant, event: snapshot.eventID) }
        // A raised target re-arms the warning and the breach.
        warned = elapsed >= warnAt
        breached = elapsed > target
    }

    mutating func stopOnResponse(_ snapshot: TicketSnapshot) {
        guard isStartedAndNotStopped else { return }
        if snapshot.state == .cancelled {
            stop(at: snapshot, outcome: .cancelled)
            return
        }
        // A ticket that ends without this party's response ends its response clock too.
        if snapshot.state.isTerminal {
            stop(at: snapshot, outcome: currentOutcome)
            return
        }
        let inCustody = custodian == nil || snapshot.assignee == custodian
        guard inCustody, agreement.responseRule.isResponse(state: snapshot.state, changes: snapshot.changes) else { return }
        stop(at: snapshot, outcome: currentOutcome)
    }

    mutating func stopOnResolution(_ snapshot: TicketSnapshot) {
        guard isStartedAndNotStopped, snapshot.state.isTerminal else { return }
        stop(at: snapshot, outcome: snapshot.state == .cancelled ? .cancelled : currentOutcome)
    }

    /// A resolved (closed, cancelled) ticket that becomes active again, by the agreement's policy.
    mutating func reopenIfNeeded(_ snapshot: TicketSnapshot) {
        guard case .stopped(let stoppedAt, _) = phase, !snapshot.state.isTerminal else { return }
        switch agreement.reopenPolicy {
        case .continue:
            phase = .running
            emit(.reopened, at: snapshot.instant, reason: "continue", event: snapshot.eventID)
        case .fromOriginalStart:
            // The time spent resolved counts against the target.
            phase = .running
            if let calendar {
                let delta = calendar.elapsed(from: stoppedAt, to: snapshot.instant)
                recordCrossings(from: stoppedAt, adding: delta)
                elapsed += delta
            }
            emit(.reopened, at: snapshot.instant, reason: "fromOriginalStart", event: snapshot.eventID)
        case .restart:
            emit(.reopened, at: snapshot.instant, reason: "restart", event: snapshot.eventID)
            cycle += 1
            start(at: snapshot)
        }
    }

    /// Pauses for the agreement's pause states, and for OLAs while another party holds the ticket.
    mutating func updatePause(_ snapshot: TicketSnapshot) {
        guard isStartedAndNotStopped else { return }
        let reason: String?
        if let custodian, snapshot.assignee != custodian {
            reason = "custody"
        } else if agreement.pauses(in: snapshot.state) {
            reason = snapshot.state.pendingParty?.rawValue ?? snapshot.state.name
        } else {
            reason = nil
        }
        switch (phase, reason) {
        case (.running, .some(let reason)):
            phase = .paused(reason: reason)
            emit(.paused, at: snapshot.instant, reason: reason, event: snapshot.eventID)
        case (.paused(let current), .some(let reason)) where current != reason:
            phase = .paused(reason: reason)
            emit(.paused, at: snapshot.instant, reason: reason, event: snapshot.eventID)
        case (.paused, .none):
            phase = .running
            emit(.resumed, at: snapshot.instant, event: snapshot.eventID)
        default:
            break
        }
    }

    private var isStartedAndNotStopped: Bool {
        switch phase {
        case .running, .paused: true
        case .notStarted, .stopped: false
        }
    }

    private var currentOutcome: ClockOutcome {
        guard let target else { return .noTarget }
        return elapsed > target ? .breached : .met
    }

    private mutating func stop(at snapshot: TicketSnapshot, outcome: ClockOutcome) {
        phase = .stopped(at: snapshot.instant, outcome: outcome)
        emit(.stopped, at: snapshot.instant, reason: outcome.rawValue, event: snapshot.eventID)
    }
}
