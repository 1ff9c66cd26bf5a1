import AccordCore
import AccordLedger
import AccordReconciliation
import Foundation
import Testing

/// One hand-computed month per rule. Targets: P1 15m/1h, P2 30m/4h, P3 1h/8h; the OLA pauses on
/// `pending:customer` only; the calendar is 24×7 UTC unless stated.
@Suite("Scorecards: hand-computed months")
struct ScorecardRuleTests {
    let netnova = MonthScenario.netnova
    let stratus = MonthScenario.stratus

    @Test("Time pending on the customer is excluded from resolution time")
    func pauseExcluded() throws {
        var month = MonthScenario()
        // A: response 20m (met), resolution 1h + 2h30 = 3h30 = 12600 s (met; 6h30 with the pause counted).
        month.on("A", "2026-10-05T09:00:00Z", state: .assigned, priority: .p2, assign: netnova)
        month.on("A", "2026-10-05T09:20:00Z", state: .inProgress)
        month.on("A", "2026-10-05T10:00:00Z", state: .pending(.customer))
        month.on("A", "2026-10-05T13:00:00Z", state: .inProgress)
        month.on("A", "2026-10-05T15:30:00Z", state: .resolved)
        // B: response 40m (breached), resolution 5h = 18000 s (breached).
        month.on("B", "2026-10-06T09:00:00Z", state: .assigned, priority: .p2, assign: netnova)
        month.on("B", "2026-10-06T09:40:00Z", state: .inProgress)
        month.on("B", "2026-10-06T14:00:00Z", state: .resolved)
        let card = try month.scorecard("netnova-ola")
        let totals = card.totals
        #expect(totals.ticketsInScope == 2)
        #expect(totals.opened == 2)
        #expect((totals.response.met, totals.response.breached, totals.response.compliancePercent) == (1, 1, 50))
        #expect(totals.response.meanSeconds == 1800)
        #expect(totals.response.medianSeconds == 1800)
        #expect(totals.response.p90Seconds == 2400)
        #expect((totals.resolution.met, totals.resolution.breached) == (1, 1))
        #expect(totals.resolution.meanSeconds == 15_300)
        #expect(totals.resolution.p90Seconds == 18_000)
        #expect(card.byPriority["P2"] == totals)
        #expect(totals.backlog.open == 0)
    }

    @Test("Custody A → B → A: each supplier is measured on its own custody only")
    func custodySplit() throws {
        var month = MonthScenario()
        month.agreements.append(MonthScenario.ola(stratus))
        month.on("T", "2026-10-07T09:00:00Z", state: .assigned, priority: .p2, assign: netnova)
        month.on("T", "2026-10-07T09:10:00Z", state: .inProgress)                  // netnova responds: 600 s
        month.on("T", "2026-10-07T10:00:00Z", state: .assigned, assign: stratus)   // netnova paused (custody)
        month.on("T", "2026-10-07T10:30:00Z", state: .inProgress)                  // stratus responds: 1800 s = target, met
        month.on("T", "2026-10-07T12:00:00Z", assign: netnova)                     // back to netnova
        month.on("T", "2026-10-07T13:00:00Z", state: .resolved)
        let a = try month.scorecard("netnova-ola").totals
        #expect((a.response.met, a.response.meanSeconds) == (1, 600))
        #expect((a.resolution.met, a.resolution.meanSeconds) == (1, 7200))  // 09:00–10:00 and 12:00–13:00
        let b = try month.scorecard("stratus-hosting-ola").totals
        #expect((b.response.met, b.response.meanSeconds) == (1, 1800))
        #expect((b.resolution.met, b.resolution.meanSeconds) == (1, 7200))  // 10:00–12:00; paused for custody after
    }

    @Test("Reopen: continue measures the final stop; restart measures each cycle")
    func reopen() throws {
        var month = MonthScenario()
        month.agreements = [MonthScenario.ola(netnova, reopen: .continue), MonthScenario.ola(stratus, reopen: .restart)]
        // netnova (continue): 2h, resolved, reopened the next day for 1h → one resolution of 3h.
        month.on("C", "2026-10-06T09:00:00Z", state: .assigned, priority: .p3, assign: netnova)
        month.on("C", "2026-10-06T09:30:00Z", state: .inProgress)
        month.on("C", "2026-10-06T11:00:00Z", state: .resolved)
        month.on("C", "2026-10-07T09:00:00Z", state: .inProgress)
        month.on("C", "2026-10-07T10:00:00Z", state: .resolved)
        // stratus (restart): 2h, then a new cycle of 10h (P3 target 8h → breached).
        month.on("R", "2026-10-06T09:00:00Z", state: .assigned, priority: .p3, assign: stratus)
        month.on("R", "2026-10-06T09:30:00Z", state: .inProgress)
        month.on("R", "2026-10-06T11:00:00Z", state: .resolved)
        month.on("R", "2026-10-08T08:00:00Z", state: .inProgress)
        month.on("R", "2026-10-08T18:00:00Z", state: .resolved)
        let continued = try month.scorecard("netnova-ola").totals.resolution
        #expect((continued.measured, continued.met, continued.meanSeconds) == (1, 1, 10_800))
        let restarted = try month.scorecard("stratus-hosting-ola").totals
        #expect((restarted.resolution.measured, restarted.resolution.met, restarted.resolution.breached) == (2, 1, 1))
        #expect(restarted.resolution.meanSeconds == 21_600)  // (7200 + 36000) / 2
        #expect(restarted.opened == 1)  // a restarted cycle is not a new ticket
    }

    @Test("A priority change moves the ticket to the new priority's target and slice")
    func priorityChange() throws {
        var month = MonthScenario()
        month.on("P", "2026-10-08T09:00:00Z", state: .assigned, priority: .p3, assign: netnova)
        month.on("P", "2026-10-08T09:10:00Z", state: .inProgress)   // response at P3: 600 s, met
        month.on("P", "2026-10-08T10:00:00Z", priority: .p1)        // 3600 s elapsed = the P1 target, not beyond
        month.on("P", "2026-10-08T10:30:00Z", state: .resolved)     // 5400 s > 3600 → breached at P1
        let card = try month.scorecard("netnova-ola")
        #expect((card.totals.resolution.breached, card.totals.resolution.meanSeconds) == (1, 5400))
        #expect(card.byPriority["P1"]?.resolution.breached == 1)
        #expect(card.byPriority["P1"]?.response.measured == 0)
        #expect(card.byPriority["P3"]?.response.met == 1)
        #expect(card.byPriority["P3"]?.resolution.measured == 0)
        let record = try #require(month.records().first { $0.clock == .resolution })
        #expect(record.breachedAt == MonthScenario.time("2026-10-08T10:00:01Z"))
    }

    @Test("A holiday on the calendar is not business time")
    func calendarWithHolidays() throws {
        var month = MonthScenario()
        month.agreements = [MonthScenario.ola(netnova, calendar: "uk-office")]
        // Fri 16:00 BST → Tue 10:00 BST over the Monday company holiday: 2 h + 0 + 2 h = 4 h = the P2 target, met.
        month.on("H", "2026-10-09T15:00:00Z", state: .assigned, priority: .p2, assign: netnova)
        month.on("H", "2026-10-09T15:30:00Z", state: .inProgress)   // 1800 s = the response target, met
        month.on("H", "2026-10-13T09:00:00Z", state: .resolved)
        let totals = try month.scorecard("netnova-ola").totals
        #expect((totals.response.met, totals.response.meanSeconds) == (1, 1800))
        #expect((totals.resolution.met, totals.resolution.breached, totals.resolution.meanSeconds) == (1, 0, 14_400))
    }

    @Test("A ticket opened out of hours starts counting at the next opening")
    func openedOutOfHours() throws {
        var month = MonthScenario()
        month.agreements = [MonthScenario.ola(netnova, calendar: "uk-office")]
        // Saturday 10:00 BST; Monday 08:10 BST in progress (600 s, P1 met); resolved 09:30 BST (5400 s > 3600, breached).
        month.on("O", "2026-10-17T09:00:00Z", state: .assigned, priority: .p1, assign: netnova)
        month.on("O", "2026-10-19T07:10:00Z", state: .inProgress)
        month.on("O", "2026-10-19T08:30:00Z", state: .resolved)
        let totals = try month.scorecard("netnova-ola").totals
        #expect((totals.response.met, totals.response.meanSeconds) == (1, 600))
        #expect((totals.resolution.breached, totals.resolution.meanSeconds) == (1, 5400))
    }

    @Test("October in London starts at 23:00Z on 30 September: a ticket resolved then belongs to October")
    func periodInCalendarZone() throws {
        var month = MonthScenario()
        month.agreements = [MonthScenario.ola(netnova, calendar: "uk-office")]
        month.on("Z", "2026-09-30T15:00:00Z", state: .assigned, priority: .p3, assign: netnova)
        month.on("Z", "2026-09-30T15:30:00Z", state: .inProgress)
        month.on("Z", "2026-09-30T23:30:00Z", state: .resolved)  // 00:30 BST on 1 October
        #expect(try month.scorecard("netnova-ola").totals.resolution.measured == 1)
        #expect(try month.scorecard("netnova-ola", period: "2026-09").totals.resolution.measured == 0)
        #expect(try month.scorecard("netnova-ola", period: "2026-09").totals.response.measured == 1)
    }

    @Test("Backlog at the end of the period: open, overdue and ageing")
    func backlog() throws {
        var month = MonthScenario()
        month.on("OPEN1", "2026-10-31T12:00:00Z", state: .assigned, priority: .p1, assign: netnova)   // 12 h old, overdue
        month.on("OPEN2", "2026-10-10T12:00:00Z", state: .assigned, priority: .p3, assign: netnova)
        month.on("OPEN2", "2026-10-10T12:30:00Z", state: .pending(.customer))                         // 21 days old, not overdue
        month.on("DONE", "2026-10-02T12:00:00Z", state: .assigned, priority: .p3, assign: netnova)
        month.on("DONE", "2026-10-02T13:00:00Z", state: .resolved)
        let backlog = try month.scorecard("netnova-ola").totals.backlog
        #expect(backlog.open == 2)
        #expect(backlog.overdue == 1)
        #expect(backlog.ageing == [.underOneDay: 1, .sevenToThirtyDays: 1])
    }
}
