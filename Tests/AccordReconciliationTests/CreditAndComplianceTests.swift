import AccordCore
import AccordReconciliation
import Foundation
import Testing

@Suite("Scorecards: compliance and service credits")
struct CreditAndComplianceTests {
    let rule = CreditRule(monthlyCharge: 25_000, currency: "GBP", percentPerPoint: 2, capPercent: 15)

    /// Eight tickets resolved in October, `breaches` of them beyond the 4 h P2 target.
    private func month(breaches: Int, compliance: ComplianceTerms) -> MonthScenario {
        var month = MonthScenario()
        month.agreements = [MonthScenario.ola(MonthScenario.netnova, compliance: compliance)]
        for index in 0..<8 {
            let ticket = TicketID("T\(index)")
            let day = String(format: "2026-10-%02d", index + 1)
            month.on(ticket, "\(day)T09:00:00Z", state: .assigned, priority: .p2, assign: MonthScenario.netnova)
            month.on(ticket, "\(day)T09:10:00Z", state: .inProgress)
            month.on(ticket, index < breaches ? "\(day)T14:00:00Z" : "\(day)T12:00:00Z", state: .resolved)
        }
        return month
    }

    @Test("87.5 % against a 90 % target is 2.5 points short: 5 % of £25,000 = £1,250")
    func shortfallCredit() throws {
        let terms = ComplianceTerms(targetPercent: [.response: 95, .resolution: 90], credit: rule)
        let card = try month(breaches: 1, compliance: terms).scorecard("netnova-ola")
        let resolution = try #require(card.compliance.first { $0.clock == .resolution })
        #expect(resolution.actualPercent == Decimal(string: "87.5"))
        #expect(resolution.shortfallPoints == Decimal(string: "2.5"))
        #expect(card.compliance.first { $0.clock == .response }?.isMet == true)
        let credit = try #require(card.credit)
        #expect(credit.percent == 5)
        #expect(credit.amount == 1250)
        #expect(credit.explanation.contains("resolution: 87.5% is 2.5 points below 90% × 2% = 5% of the monthly charge"))
        #expect(credit.explanation.last == "5% of 25000.00 GBP = 1250.00 GBP")
        #expect(CreditCalculator.money(Decimal(string: "673.2")!) == "673.20")
        #expect(CreditCalculator.money(Decimal(string: "0.005")!) == "0.01")
    }

    @Test("The credit is capped")
    func capped() throws {
        let terms = ComplianceTerms(targetPercent: [.resolution: 100], credit: rule)
        let card = try month(breaches: 6, compliance: terms).scorecard("netnova-ola")   // 25 %: 75 points short
        let credit = try #require(card.credit)
        #expect(credit.uncappedPercent == 150)
        #expect(credit.percent == 15)
        #expect(credit.amount == 3750)
    }

    @Test("No credit outside a calendar month, and none when compliance is met")
    func noCredit() throws {
        let terms = ComplianceTerms(targetPercent: [.resolution: 80], credit: rule)
        let met = try month(breaches: 1, compliance: terms).scorecard("netnova-ola")
        #expect(met.credit?.amount == 0)
        let range = try month(breaches: 4, compliance: terms).scorecard("netnova-ola", period: "2026-10-01..2026-10-31")
        #expect(range.credit == nil)
        #expect(range.compliance.first?.shortfallPoints == 30)
    }

    @Test("Compliance percentages are rounded half-up to two decimals")
    func rounding() {
        var stopped: [ClockRecord] = []
        for index in 0..<3 {
            stopped.append(ClockRecord(
                ticketID: TicketID("R\(index)"), agreementID: "a", clock: .resolution, cycle: 1, priority: .p2, service: nil,
                startedAt: MonthScenario.time("2026-10-01T00:00:00Z"), stoppedAt: MonthScenario.time("2026-10-02T00:00:00Z"),
                outcome: index == 0 ? .breached : .met, elapsed: 100 * (index + 1), target: 150
            ))
        }
        let agreement = MonthScenario.ola(MonthScenario.netnova)
        var records = stopped
        for index in records.indices { records[index].agreementID = agreement.id }
        let period = try! ReportPeriod.parse("2026-10", timeZone: TimeZone(identifier: "UTC")!)
        let card = ScorecardCalculator.scorecard(agreement: agreement, records: records, period: period)
        #expect(card.totals.resolution.compliancePercent == Decimal(string: "66.67"))
        #expect(card.totals.resolution.medianSeconds == 200)
    }
}
