import AccordCore
import AccordLedger
import Foundation

/// What Accord's ledger says about one of a supplier's tickets under its OLA.
public struct ObservedTicket: Sendable, Hashable, Codable {
    public var ticketID: TicketID
    /// The supplier's own reference for the ticket (its external id), when known.
    public var reference: String?
    public var priority: Priority?
    public var respondedAt: Date?
    public var responseOutcome: ClockOutcome?
    public var resolvedAt: Date?
    public var resolutionOutcome: ClockOutcome?
    /// Where the figures come from: ledger entries with their hashes, raw deliveries.
    public var evidence: [String]

    public init(
        ticketID: TicketID, reference: String?, priority: Priority?, respondedAt: Date?, responseOutcome: ClockOutcome?,
        resolvedAt: Date?, resolutionOutcome: ClockOutcome?, evidence: [String] = []
    ) {
        self.ticketID = ticketID
        self.reference = reference
        self.priority = priority
        self.respondedAt = respondedAt
        self.responseOutcome = responseOutcome
        self.resolvedAt = resolvedAt
        self.resolutionOutcome = resolutionOutcome
        self.evidence = evidence
    }

    /// The observation from one ticket's clock records under the OLA: the response clock and the
    /// latest resolution cycle.
    public static func from(records: [ClockRecord], reference: String?, evidence: [String] = []) -> ObservedTicket? {
        let response = records.filter { $0.clock == .response }.max { $0.cycle < $1.cycle }
        let resolution = records.filter { $0.clock == .resolution }.max { $0.cycle < $1.cycle }
        guard let ticketID = (resolution ?? response)?.ticketID else { return nil }
        return ObservedTicket(
            ticketID: ticketID, reference: reference, priority: resolution?.priority ?? response?.priority,
            respondedAt: response?.stoppedAt, responseOutcome: response?.outcome,
            resolvedAt: resolution?.stoppedAt, resolutionOutcome: resolution?.outcome, evidence: evidence
        )
    }

    /// Resolved (not cancelled) within the period: the tickets a monthly report must list.
    public func isResolved(in period: ReportPeriod) -> Bool {
        guard let resolvedAt, resolutionOutcome != .cancelled else { return false }
        return period.contains(resolvedAt)
    }
}

/// One difference between a supplier's report and Accord's ledger.
public struct Discrepancy: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Accord has the ticket resolved in the period; the report does not list it.
        case missingFromReport
        /// The report lists a ticket Accord does not have under this supplier's OLA.
        case missingFromLedger
        case priorityDiffers
        case responseInstantDiffers
        case resolutionInstantDiffers
        /// Met in one account, breached (or without an outcome) in the other.
        case responseOutcomeDiffers
        case resolutionOutcomeDiffers
    }

    public var kind: Kind
    /// The supplier's reference, or Accord's ticket id when the supplier gave none.
    public var ticket: String
    public var ticketID: TicketID?
    /// The OLA the ticket was measured under, when the supplier has several (none for a ticket the ledger lacks).
    public var agreementID: AgreementID? = nil
    /// The report's line (CSV) or array position from 1 (JSON).
    public var reportLine: Int?
    public var reported: String?
    public var observed: String?
    public var evidence: [String]
}
