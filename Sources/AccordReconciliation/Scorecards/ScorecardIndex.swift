import AccordCore
import Foundation

/// Clock records of every ticket, by agreement, kept up to date one ticket at a time.
///
/// A new event changes one ticket's records: ``replace(ticket:with:)`` swaps them without touching
/// the rest, so a scorecard after an update costs one scan of the agreement's records, not a
/// re-derivation of every ticket.
public struct ScorecardIndex: Sendable {
    private var byAgreement: [AgreementID: [TicketID: [ClockRecord]]] = [:]
    private var agreementsOfTicket: [TicketID: Set<AgreementID>] = [:]

    public init(records: [ClockRecord] = []) {
        for record in records {
            byAgreement[record.agreementID, default: [:]][record.ticketID, default: []].append(record)
            agreementsOfTicket[record.ticketID, default: []].insert(record.agreementID)
        }
    }

    /// Replaces every record of `ticket` (under any agreement) with `records`.
    public mutating func replace(ticket: TicketID, with records: [ClockRecord]) {
        for agreement in agreementsOfTicket[ticket] ?? [] {
            byAgreement[agreement]?[ticket] = nil
        }
        let grouped = Dictionary(grouping: records, by: \.agreementID)
        for (agreement, list) in grouped {
            byAgreement[agreement, default: [:]][ticket] = list
        }
        agreementsOfTicket[ticket] = grouped.isEmpty ? nil : Set(grouped.keys)
    }

    /// Every record under `agreement`.
    public func records(of agreement: AgreementID) -> [ClockRecord] {
        guard let tickets = byAgreement[agreement] else { return [] }
        var all: [ClockRecord] = []
        all.reserveCapacity(tickets.count * 2)
        for list in tickets.values { all.append(contentsOf: list) }
        return all
    }

    /// The records of one ticket under every agreement.
    public func records(of ticket: TicketID) -> [ClockRecord] {
        (agreementsOfTicket[ticket] ?? []).flatMap { byAgreement[$0]?[ticket] ?? [] }
    }

    public var ticketCount: Int { agreementsOfTicket.count }

    public func scorecard(
        agreement: Agreement, period: ReportPeriod, evidence: EvidenceStatement? = nil, availability: AvailabilityFigures? = nil
    ) -> Scorecard {
        ScorecardCalculator.scorecard(
            agreement: agreement, records: records(of: agreement.id), period: period, evidence: evidence, availability: availability
        )
    }
}
