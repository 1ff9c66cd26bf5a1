import AccordCore
import AccordLedger
import Foundation

/// Compares a supplier's report with Accord's observations. Pure.
///
/// Rows are matched to tickets by the supplier's reference, then by Accord's ticket id. Instants
/// are compared to the whole second (fractions are dropped on both sides). Only fields the report
/// carries are compared; tickets the ledger has resolved in the period must all be listed.
public enum DiscrepancyFinder {
    /// What the ledger holds under one of the supplier's OLAs, and the period in that OLA's calendar zone.
    public struct Scope: Sendable {
        /// The OLA, named on each difference; `nil` when there is only the one OLA to speak of.
        public var agreement: AgreementID?
        public var observed: [ObservedTicket]
        public var period: ReportPeriod

        public init(agreement: AgreementID?, observed: [ObservedTicket], period: ReportPeriod) {
            self.agreement = agreement
            self.observed = observed
            self.period = period
        }
    }

    /// Compares a report with one OLA's observations.
    public static func find(report: SupplierReport, observed: [ObservedTicket], period: ReportPeriod) -> [Discrepancy] {
        find(report: report, scopes: [Scope(agreement: nil, observed: observed, period: period)])
    }

    /// Compares one report (a supplier reports once for all its OLAs) with every OLA's
    /// observations: a row matches a ticket under any of them (the first OLA listing it), and each
    /// OLA's tickets resolved in its own period must be listed. Differences name the OLA.
    public static func find(report: SupplierReport, scopes: [Scope]) -> [Discrepancy] {
        var byReference: [String: (ticket: ObservedTicket, agreement: AgreementID?)] = [:]
        for scope in scopes {
            for ticket in scope.observed where byReference[ticket.ticketID.rawValue] == nil {
                byReference[ticket.ticketID.rawValue] = (ticket, scope.agreement)
            }
        }
        // A supplier's own reference wins over an Accord id that happens to read the same.
        var referenced = Set<String>()
        for scope in scopes {
            for ticket in scope.observed {
                if let reference = ticket.reference, referenced.insert(reference).inserted { byReference[reference] = (ticket, scope.agreement) }
            }
        }
        var found: [Discrepancy] = []
        var listed = Set<TicketID>()
        for row in report.rows {
            guard let (ticket, agreement) = byReference[row.ticket] else {
                found.append(Discrepancy(
                    kind: .missingFromLedger, ticket: row.ticket, ticketID: nil, reportLine: row.line,
                    reported: row.resolvedAt.map(ReportInstant.text) ?? "listed", observed: nil, evidence: []
                ))
                continue
            }
            listed.insert(ticket.ticketID)
            found += compare(row, ticket, agreement: agreement, columns: report.columns)
        }
        for scope in scopes {
            for ticket in scope.observed where ticket.isResolved(in: scope.period) && !listed.contains(ticket.ticketID) {
                listed.insert(ticket.ticketID)
                found.append(Discrepancy(
                    kind: .missingFromReport, ticket: ticket.reference ?? ticket.ticketID.rawValue, ticketID: ticket.ticketID,
                    agreementID: scope.agreement,
                    reportLine: nil, reported: nil, observed: ticket.resolvedAt.map(ReportInstant.text), evidence: ticket.evidence
                ))
            }
        }
        return found.sorted { ($0.ticket, $0.kind.rawValue) < ($1.ticket, $1.kind.rawValue) }
    }

    private static func compare(_ row: ReportedTicket, _ ticket: ObservedTicket, agreement: AgreementID?, columns: Set<ReportedTicket.Field>) -> [Discrepancy] {
        var found: [Discrepancy] = []
        func differ(_ kind: Discrepancy.Kind, _ reported: String?, _ observed: String?) {
            found.append(Discrepancy(
                kind: kind, ticket: row.ticket, ticketID: ticket.ticketID, agreementID: agreement, reportLine: row.line,
                reported: reported, observed: observed, evidence: ticket.evidence
            ))
        }
        if columns.contains(.priority), row.priority != ticket.priority {
            differ(.priorityDiffers, row.priority?.description, ticket.priority?.description)
        }
        if columns.contains(.respondedAt), !sameSecond(row.respondedAt, ticket.respondedAt) {
            differ(.responseInstantDiffers, row.respondedAt.map(ReportInstant.text), ticket.respondedAt.map(ReportInstant.text))
        }
        if columns.contains(.resolvedAt), !sameSecond(row.resolvedAt, ticket.resolvedAt) {
            differ(.resolutionInstantDiffers, row.resolvedAt.map(ReportInstant.text), ticket.resolvedAt.map(ReportInstant.text))
        }
        if columns.contains(.responseMet), row.responseMet != met(ticket.responseOutcome) {
            differ(.responseOutcomeDiffers, row.responseMet.map(outcomeText), ticket.responseOutcome?.rawValue)
        }
        if columns.contains(.resolutionMet), row.resolutionMet != met(ticket.resolutionOutcome) {
            differ(.resolutionOutcomeDiffers, row.resolutionMet.map(outcomeText), ticket.resolutionOutcome?.rawValue)
        }
        return found
    }

    private static func met(_ outcome: ClockOutcome?) -> Bool? {
        switch outcome {
        case .met: true
        case .breached: false
        case .cancelled, .noTarget, nil: nil
        }
    }

    private static func outcomeText(_ met: Bool) -> String { met ? "met" : "breached" }

    private static func sameSecond(_ lhs: Date?, _ rhs: Date?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): true
        case (let lhs?, let rhs?): lhs.timeIntervalSince1970.rounded(.down) == rhs.timeIntervalSince1970.rounded(.down)
        default: false
        }
    }

}
