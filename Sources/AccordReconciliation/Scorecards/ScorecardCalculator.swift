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
        agreement: Agreement, records: [ClockRecord], period: ReportPeriod,
        evidence: EvidenceStatement? = nil, availability: AvailabilityFigures? = nil
    ) -> Scorecard {
        let relevant = records.filter { inPeriod($0, period, agreement) }
        let totals = section(relevant, period)
        let byPriority = Dictionary(grouping: relevant) { $0.priority?.description ?? "none" }.mapValues { section($0, period) }
        let byService = Dictionary(grouping: relevant) { $0.service?.rawValue ?? "none" }.mapValues { section($0, period) }
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

    /// Whether a record can contribute anything to the period: it ran at some time in it.
    private static func inPeriod(_ record: ClockRecord, _ period: ReportPeriod, _ agreement: Agreement) -> Bool {
        record.agreementID == agreement.id && record.startedAt < period.end && (record.stoppedAt.map { $0 >= period.start } ?? true)
    }

    /// The figures of one slice of the agreement's records.
    public static func section(_ records: [ClockRecord], _ period: ReportPeriod) -> ScorecardSection {
        var inScope = Set<TicketID>()
        var opened = Set<TicketID>()
        var response: [ClockRecord] = []
        var resolution: [ClockRecord] = []
        var backlog = BacklogFigures(open: 0, overdue: 0, ageing: [:])
        for record in records {
            if record.startedAt < period.end && (record.stoppedAt.map { $0 >= period.start } ?? true) { inScope.insert(record.ticketID) }
            if let stoppedAt = record.stoppedAt, period.contains(stoppedAt) {
                if record.clock == .response { response.append(record) } else { resolution.append(record) }
            }
            guard record.clock == .resolution else { continue }
            if record.cycle == 1, period.contains(record.startedAt) { opened.insert(record.ticketID) }
            if record.isOpen(at: period.end) {
                backlog.open += 1
                if let breachedAt = record.breachedAt, breachedAt < period.end { backlog.overdue += 1 }
                backlog.ageing[AgeingBucket(ageSeconds: period.end.timeIntervalSince(record.startedAt)), default: 0] += 1
            }
        }
        return ScorecardSection(
            ticketsInScope: inScope.count, opened: opened.count, response: figures(response), resolution: figures(resolution), backlog: backlog
        )
    }

    /// Counts by outcome and statistics over the measured clocks.
    static func figures(_ stopped: [ClockRecord]) -> ClockFigures {
        var figures = ClockFigures(measured: 0, met: 0, breached: 0, cancelled: 0, noTarget: 0)
        var durations: [Int] = []
        for record in stopped {
            switch record.outcome {
            case .met: figures.met += 1
            case .breached: figures.breached += 1
            case .cancelled: figures.cancelled += 1
            case .noTarget, nil: figures.noTarget += 1
            }
            if record.isMeasured { durations.append(record.elapsed) }
        }
        figures.measured = figures.met + figures.breached
        if figures.measured > 0 {
            figures.compliancePercent = Percent.rounded(Decimal(figures.met) * 100 / Decimal(figures.measured))
        }
        let statistics = DurationStatistics(durations)
        figures.meanSeconds = statistics.mean
        figures.medianSeconds = statistics.median
        figures.p90Seconds = statistics.percentile(90)
        return figures
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
