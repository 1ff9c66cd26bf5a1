import AccordCore
import AccordReconciliation
import Foundation
import Testing

@Suite("Scorecard index")
struct ScorecardIndexTests {
    /// Records over 2026 with long-open, cross-month and never-stopped clocks, seeded.
    private func records(seed: UInt64) -> [ClockRecord] {
        var random = DiscrepancyTests.SeededGenerator(state: seed)
        let yearStart = MonthScenario.time("2026-01-01T00:00:00Z").timeIntervalSince1970
        return (0..<600).flatMap { index -> [ClockRecord] in
            let start = Date(timeIntervalSince1970: yearStart + Double(Int.random(in: 0..<(365 * 86_400), using: &random)))
            let length = Double([600, 7200, 86_400 * 3, 86_400 * 45].randomElement(using: &random)!)
            let stopped: Date? = Int.random(in: 0..<10, using: &random) == 0 ? nil : start.addingTimeInterval(length)
            return ClockKind.allCases.map { clock in
                ClockRecord(
                    ticketID: TicketID("T\(index)"), agreementID: "netnova-ola", clock: clock, cycle: 1, priority: Priority(rawValue: index % 4 + 1),
                    service: index % 3 == 0 ? "workplace" : nil, startedAt: start, stoppedAt: stopped,
                    outcome: stopped == nil ? nil : (index % 5 == 0 ? .breached : .met), elapsed: Int(length) / 2, target: 3600,
                    breachedAt: index % 5 == 0 ? start.addingTimeInterval(3601) : nil
                )
            }
        }
    }

    @Test("Month-bucketed reads give the same scorecards as a full scan, for months, ranges and other zones", arguments: [UInt64(5), 99])
    func sameAsFullScan(seed: UInt64) throws {
        let all = records(seed: seed)
        var index = ScorecardIndex(records: all)
        let agreement = MonthScenario.ola(MonthScenario.netnova)
        for (text, zone) in [("2026-03", "UTC"), ("2026-10", "Europe/London"), ("2026-12", "Pacific/Auckland"), ("2026-02-10..2026-04-20", "America/New_York")] {
            let period = try ReportPeriod.parse(text, timeZone: TimeZone(identifier: zone)!)
            #expect(index.scorecard(agreement: agreement, period: period) == ScorecardCalculator.scorecard(agreement: agreement, records: all, period: period))
        }
        // Replacing one ticket moves it between months; the index still agrees.
        var updated = all.filter { $0.ticketID != "T7" }
        let moved = all.filter { $0.ticketID == "T7" }.map { record -> ClockRecord in
            var copy = record
            copy.startedAt = MonthScenario.time("2026-03-15T10:00:00Z")
            copy.stoppedAt = MonthScenario.time("2026-03-16T10:00:00Z")
            copy.outcome = .met
            return copy
        }
        updated += moved
        index.replace(ticket: "T7", with: moved)
        let march = try ReportPeriod.parse("2026-03", timeZone: TimeZone(identifier: "UTC")!)
        #expect(index.scorecard(agreement: agreement, period: march) == ScorecardCalculator.scorecard(agreement: agreement, records: updated, period: march))
        #expect(Set(index.records(of: TicketID("T7"))) == Set(moved))
    }
}
