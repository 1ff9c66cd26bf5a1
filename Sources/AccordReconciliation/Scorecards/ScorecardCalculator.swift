import AccordCore
import AccordLedger
import Foundation

/// Computes a ``Scorecard`` from an agreement's clock records. Pure: the same records, agreement
/// and period always give the same scorecard.
public enum ScorecardCalculator {
    /// - Parameters:
    ///   - records: the agreement's clock records (others are ignored).
    ///   - evidence: what the caller knows about the data's completeness.
    ///   - availability: availability figures for an SLA scorecard, computed by ``AvailabilityCalculator``.
    public static func scorecard(
        agreement: Agreement, records: some Sequence<ClockRecord>, period: ReportPeriod,
        evidence: EvidenceStatement? = nil, availability: AvailabilityFigures? = nil
    ) -> Scorecard {
        // One pass: each record feeds the total, its priority's slice and its service's slice.
        var total = SectionAccumulator()
        var priorities = Array(repeating: SectionAccumulator(), count: Priority.allCases.count + 1)
        var prioritySeen = Array(repeating: false, count: priorities.count)
        var services: [ServiceID?: SectionAccumulator] = [:]
        for record in records where record.agreementID == agreement.id && record.ran(from: period.start, to: period.end) {
            let contribution = SectionAccumulator.Contribution(record, period: period)
            total.add(contribution)
            let slot = record.priority?.rawValue ?? 0
            priorities[slot].add(contribution)
            prioritySeen[slot] = true
            services[record.service, default: SectionAccumulator()].add(contribution)
        }
        let totals = total.section
        var byPriority: [String: ScorecardSection] = [:]
        for slot in priorities.indices where prioritySeen[slot] {
            byPriority[Priority(rawValue: slot)?.description ?? "none"] = priorities[slot].section
        }
        var byService: [String: ScorecardSection] = [:]
        for (service, accumulator) in services { byService[service?.rawValue ?? "none"] = accumulator.section }
        let compliance = complianceResults(totals, terms: agreement.compliance)
        let credit = agreement.compliance?.credit.flatMap { rule in
            period.isCalendarMonth ? CreditCalculator.credit(rule: rule, compliance: compliance) : nil
        }
        var supplier: SupplierID?
        var service: ServiceID?
        switch agreement.kind {
        case .ola(let id): supplier = id
        case .sla(let id): service = id
        }
        return Scorecard(
            agreementID: agreement.id, supplier: supplier, service: service, period: period, calendarID: agreement.calendarID,
            evidence: evidence, totals: totals, byPriority: byPriority, byService: byService, compliance: compliance,
            credit: credit, availability: availability
        )
    }


    /// The figures of one slice of the agreement's records.
    public static func section(_ records: [ClockRecord], _ period: ReportPeriod) -> ScorecardSection {
        var accumulator = SectionAccumulator()
        for record in records { accumulator.add(SectionAccumulator.Contribution(record, period: period)) }
        return accumulator.section
    }

    static func complianceResults(_ totals: ScorecardSection, terms: ComplianceTerms?) -> [ComplianceResult] {
        guard let terms else { return [] }
        return ClockKind.allCases.compactMap { clock in
            guard let target = terms.targetPercent[clock] else { return nil }
            let actual = (clock == .response ? totals.response : totals.resolution).compliancePercent
            let shortfall = actual.map { max(0, target - $0) } ?? 0
            return ComplianceResult(clock: clock, targetPercent: target, actualPercent: actual, shortfallPoints: shortfall)
        }
    }
}
