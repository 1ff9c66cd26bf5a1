import AccordCore
import AccordLedger
import BusinessTime
import Foundation

/// Who held a ticket while a customer SLA ran out: custody segments, business time per holder and
/// per pause party, and the OLA breaches that contributed.
public struct BreachAttribution: Sendable, Hashable, Codable {
    public var ticketID: TicketID
    /// The SLA that was breached.
    public var agreementID: AgreementID
    public var cycle: Int
    public var breachedAt: Date?
    /// SLA business seconds at the stop (or as of the report).
    public var elapsed: Int
    public var target: Int?
    public var segments: [CustodySegment]
    /// Running business seconds per holder (a supplier id, or `unassigned` while the integrator held it).
    public var heldBy: [String: Int]
    /// Paused business seconds per pause party (`customer`, `thirdParty`, …).
    public var pausedBy: [String: Int]
    /// OLA clocks of the same ticket that went beyond their targets.
    public var contributingOLABreaches: [ClockRecord]
}

/// One stretch of a ticket's life between two events: who held it and whether the SLA clock ran.
public struct CustodySegment: Sendable, Hashable, Codable {
    public enum Counting: String, Sendable, Hashable, Codable {
        /// The SLA clock ran: the time is the holder's.
        case running
        /// The SLA clock was paused for ``CustodySegment/pauseParty``.
        case paused
        /// The ticket was resolved (or closed) before it was reopened.
        case resolved
    }

    public var from: Date
    public var to: Date
    /// The supplier holding the ticket; `nil` while unassigned or held by the integrator.
    public var holder: SupplierID?
    /// The ticket state (`inProgress`, `pending:customer`).
    public var state: String
    public var counting: Counting
    public var pauseParty: String?
    /// Business seconds of the segment on the SLA's calendar.
    public var businessSeconds: Int
}

/// Computes ``BreachAttribution``s. Pure.
public enum Attribution {
    /// - Parameters:
    ///   - sla: the breached SLA clock record (resolution or response).
    ///   - events: the ticket's events, in any order.
    ///   - calendar: the calendar version the SLA clock ran on.
    ///   - olaRecords: the ticket's OLA clock records.
    ///   - asOf: the end of the attribution when the SLA clock has not stopped.
    public static func attribute(
        sla: ClockRecord, agreement: Agreement, events: [TicketEvent], calendar: BusinessCalendar,
        olaRecords: [ClockRecord], asOf: Date
    ) -> BreachAttribution {
        let end = sla.stoppedAt ?? asOf
        let snapshots = TicketTimeline(events: events).snapshots
        var segments: [CustodySegment] = []
        for (index, snapshot) in snapshots.enumerated() {
            let next = index + 1 < snapshots.count ? snapshots[index + 1].instant : end
            let from = max(snapshot.instant, sla.startedAt)
            let to = min(next, end)
            guard from < to else { continue }
            let counting: CustodySegment.Counting
            var party: String?
            if snapshot.state.isTerminal {
                counting = .resolved
            } else if agreement.pauses(in: snapshot.state) {
                counting = .paused
                party = snapshot.state.pendingParty?.rawValue ?? snapshot.state.description
            } else {
                counting = .running
            }
            segments.append(CustodySegment(
                from: from, to: to, holder: snapshot.assignee, state: snapshot.state.description, counting: counting,
                pauseParty: party, businessSeconds: calendar.elapsed(from: from, to: to)
            ))
        }
        var heldBy: [String: Int] = [:]
        var pausedBy: [String: Int] = [:]
        for segment in segments {
            switch segment.counting {
            case .running: heldBy[segment.holder?.rawValue ?? "unassigned", default: 0] += segment.businessSeconds
            case .paused: pausedBy[segment.pauseParty ?? "unknown", default: 0] += segment.businessSeconds
            case .resolved: break
            }
        }
        let contributing = olaRecords
            .filter { $0.ticketID == sla.ticketID && $0.breachedAt.map { $0 <= end } ?? false }
            .sorted { ($0.breachedAt ?? .distantPast, $0.agreementID.rawValue, $0.clock.rawValue) < ($1.breachedAt ?? .distantPast, $1.agreementID.rawValue, $1.clock.rawValue) }
        return BreachAttribution(
            ticketID: sla.ticketID, agreementID: sla.agreementID, cycle: sla.cycle, breachedAt: sla.breachedAt,
            elapsed: sla.elapsed, target: sla.target, segments: segments, heldBy: heldBy, pausedBy: pausedBy,
            contributingOLABreaches: contributing
        )
    }
}
