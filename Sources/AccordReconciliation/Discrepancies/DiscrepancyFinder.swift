import AccordCore
import AccordLedger
import Foundation

/// Compares a supplier's report with Accord's observations. Pure.
///
/// Rows are matched to tickets by the supplier's reference, then by Accord's ticket id. Instants
/// are compared to the whole second (fractions are dropped on both sides). Only fields the report
/// carries are compared; tickets the ledger has resolved in the period must all be listed.
public enum DiscrepancyFinder {
    public static func find(report: SupplierReport, observed: [ObservedTicket], period: ReportPeriod) -> [Discrepancy] {
        var byReference: [String: ObservedTicket] = [:]
        for ticket in observed {
            byReference[ticket.ticketID.rawValue] = byReference[ticket.ticketID.rawValue] ?? ticket
        }
        for ticket in observed { if let reference = ticket.reference { byReference[reference] = ticket } }
        var found: [Discrepancy] = []
        var listed = Set<TicketID>()
        for row in report.rows {
            guard let ticket = byReference[row.ticket] else {
                found.append(Discrepancy(
                    kind: .missingFromLedger, ticket: row.ticket, ticketID: nil, reportLine: row.line,
                    reported: row.resolvedAt.map(ReportInstant.text) ?? "listed", observed: nil, evidence: []
                ))
                continue
            }
            listed.insert(ticket.ticketID)
            found += compare(row, ticket, columns: report.columns)
        }
        for ticket in observed where ticket.isResolved(in: period) && !listed.contains(ticket.ticketID) {
            found.append(Discrepancy(
                kind: .missingFromReport, ticket: ticket.reference ?? ticket.ticketID.rawValue, ticketID: ticket.ticketID,
                reportLine: nil, reported: nil, observed: ticket.resolvedAt.map(ReportInstant.text), evidence: ticket.evidence
            ))
        }
        return found.sorted { ($0.ticket, $0.kind.rawValue) < ($1.ticket, $1.kind.rawValue) }
    }

    private static func compare(_ row: ReportedTicket, _ ticket: ObservedTicket, columns: Set<ReportedTicket.Field>) -> [Discrepancy] {
        var found: [Discrepancy] = []
        func differ(_ kind: Discrepancy.Kind, _ reported: String?, _ observed: String?) {
            found.append(Discrepancy(
                kind: kind, ticket: row.ticket, ticketID: ticket.ticketID, reportLine: row.line,
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
