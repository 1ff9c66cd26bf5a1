import AccordCore
import Foundation

/// Collects one slice's figures record by record, so a scorecard's total, priority and service
/// slices are all filled in one pass over the records without copying them.
struct SectionAccumulator {
    private var inScope = Set<TicketID>()
    private var opened = Set<TicketID>()
    private var response = ClockAccumulator()
    private var resolution = ClockAccumulator()
    private var backlog = BacklogFigures(open: 0, overdue: 0, ageing: [:])

    /// What one record contributes to the period, worked out once for all the slices it belongs to.
    struct Contribution {
        let record: ClockRecord
        let ranInPeriod: Bool
        let stoppedInPeriod: Bool
        let openedInPeriod: Bool
        /// Set when the record is backlog at the period's end.
        let backlog: (overdue: Bool, bucket: AgeingBucket)?

        init(_ record: ClockRecord, period: ReportPeriod) {
            self.record = record
            ranInPeriod = record.ran(from: period.start, to: period.end)
            stoppedInPeriod = record.stoppedAt.map(period.contains) ?? false
            openedInPeriod = record.clock == .resolution && record.cycle == 1 && period.contains(record.startedAt)
            if record.clock == .resolution, record.isOpen(at: period.end) {
                let overdue = record.breachedAt.map { $0 < period.end } ?? false
                backlog = (overdue, AgeingBucket(ageSeconds: period.end.timeIntervalSince(record.startedAt)))
            } else {
                backlog = nil
            }
        }
    }

    mutating func add(_ contribution: Contribution) {
        let record = contribution.record
        if contribution.ranInPeriod { inScope.insert(record.ticketID) }
        if contribution.openedInPeriod { opened.insert(record.ticketID) }
        if contribution.stoppedInPeriod {
            if record.clock == .response { response.add(record) } else { resolution.add(record) }
        }
        if let (overdue, bucket) = contribution.backlog {
            backlog.open += 1
            if overdue { backlog.overdue += 1 }
            backlog.ageing[bucket, default: 0] += 1
        }
    }

    var section: ScorecardSection {
        ScorecardSection(
            ticketsInScope: inScope.count, opened: opened.count, response: response.figures, resolution: resolution.figures, backlog: backlog
        )
    }
}

/// Outcome counts and the business durations of measured clocks.
struct ClockAccumulator {
    private var met = 0
    private var breached = 0
    private var cancelled = 0
    private var noTarget = 0
    private var durations: [Int] = []

    mutating func add(_ record: ClockRecord) {
        switch record.outcome {
        case .met:
            met += 1
            durations.append(record.elapsed)
        case .breached:
            breached += 1
            durations.append(record.elapsed)
        case .cancelled: cancelled += 1
        case .noTarget, nil: noTarget += 1
        }
    }

    var figures: ClockFigures {
        var figures = ClockFigures(measured: met + breached, met: met, breached: breached, cancelled: cancelled, noTarget: noTarget)
        if figures.measured > 0 {
            figures.compliancePercent = Percent.rounded(Decimal(met) * 100 / Decimal(figures.measured))
        }
        let statistics = DurationStatistics(durations)
        figures.meanSeconds = statistics.mean
        figures.medianSeconds = statistics.median
        figures.p90Seconds = statistics.percentile(90)
        return figures
    }
}
