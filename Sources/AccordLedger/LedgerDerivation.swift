import AccordCore
import BusinessTime
import Foundation

/// Derives a ticket's ledger entries from its events: the pure heart of the SLA/OLA ledger.
///
/// The same events, agreements, calendars and `asOf` instant always give the same entries, in
/// the same order, whatever order the events were received in.
public enum LedgerDerivation {
    /// Which agreements apply to a ticket:
    /// - an SLA when the ticket's latest service is the agreement's service;
    /// - an OLA when the ticket was ever assigned to the agreement's supplier.
    public static func applicableAgreements(_ agreements: [Agreement], timeline: TicketTimeline) -> [Agreement] {
        let latestService = timeline.snapshots.last?.service
        return agreements.filter { agreement in
            switch agreement.kind {
            case .sla(let service): latestService == service
            case .ola(let supplier): timeline.wasEverAssigned(to: supplier)
            }
        }
    }

    /// The entries of every applicable agreement's response and resolution clocks, computed up to
    /// `asOf` (warnings and breaches that happen later are not yet facts).
    public static func derive(
        ticketID: TicketID, events: [TicketEvent], agreements: [Agreement],
        calendars: [CalendarID: CalendarVersions], asOf: Date
    ) -> LedgerDerivationResult {
        let timeline = TicketTimeline(events: events)
        var entries: [(order: Int, entry: LedgerEntry)] = []
        var statuses: [ClockStatus] = []
        var problems: [String] = timeline.unreadableChanges.map {
            "event \($0.event): cannot read \($0.change.field.rawValue) value '\($0.change.newValue ?? "")'"
        }
        let applicable = applicableAgreements(agreements, timeline: timeline).sorted { $0.id < $1.id }
        for agreement in applicable {
            guard let versions = calendars[agreement.calendarID], !versions.versions.isEmpty else {
                problems.append("agreement \(agreement.id): calendar '\(agreement.calendarID)' is not known")
                continue
            }
            let custodian: SupplierID? = if case .ola(let supplier) = agreement.kind { supplier } else { nil }
            for clock in ClockKind.allCases {
                var runner = ClockRunner(ticketID: ticketID, agreement: agreement, clock: clock, custodian: custodian, versions: versions)
                for snapshot in timeline.snapshots where snapshot.instant <= asOf { runner.apply(snapshot) }
                if let status = runner.finish(asOf: asOf) { statuses.append(status) }
                for entry in runner.entries { entries.append((entries.count, entry)) }
            }
        }
        // Chronological across clocks; entries of one instant keep agreement, clock and emission order.
        let ordered = entries.sorted { ($0.entry.instant, $0.order) < ($1.entry.instant, $1.order) }.map(\.entry)
        return LedgerDerivationResult(entries: ordered, statuses: statuses, problems: problems)
    }
}

/// What ``LedgerDerivation/derive(ticketID:events:agreements:calendars:asOf:)`` found.
public struct LedgerDerivationResult: Sendable {
    /// Entries in chronological order.
    public var entries: [LedgerEntry]
    /// The status of every clock that has started, as of the derivation instant.
    public var statuses: [ClockStatus]
    /// Events or agreements that could not be taken into account, and why.
    public var problems: [String]
}
