import AccordCore
import AccordLedger
import Foundation
import Testing

@Suite("Clocks: pauses by party")
struct PauseTests {
    private func olaScenario(pauses: Set<PauseCondition> = PauseCondition.defaults) -> LedgerScenario {
        var scenario = LedgerScenario()
        scenario.agreements = [LedgerScenario.ola(pauses: pauses)]
        scenario.event("09:00", state: .assigned, priority: .p2, assign: LedgerScenario.netnova)
        scenario.event("09:20", state: .inProgress)
        return scenario
    }

    @Test("Waiting on the customer pauses the clock; the paused hour does not count", arguments: [PendingParty.customer, .thirdParty])
    func defaultPauses(party: PendingParty) {
        var s = olaScenario()
        s.event("10:00", state: .pending(party))
        s.event("11:00", state: .inProgress)
        s.event("12:30", state: .resolved)
        #expect(s.trace(.resolution) == [
            "started@09:00:00 0 P2", "paused@10:00:00 3600 \(party.rawValue)", "resumed@11:00:00 3600", "stopped@12:30:00 9000 met",
        ])
        #expect(s.trace(.response) == ["started@09:00:00 0 P2", "stopped@09:20:00 1200 met"])
    }

    @Test("Waiting on the supplier itself never pauses by default")
    func supplierPendingDoesNotPause() {
        var s = olaScenario()
        s.event("10:00", state: .pending(.supplier))
        s.event("11:00", state: .inProgress)
        s.event("12:30", state: .resolved)
        #expect(s.trace(.resolution) == ["started@09:00:00 0 P2", "warned@12:00:00 10800", "stopped@12:30:00 12600 met"])
    }

    @Test("Waiting on a change pauses only when the agreement says so")
    func changePendingConfigured() {
        var paused = olaScenario(pauses: [.pending(.change)])
        paused.event("10:00", state: .pending(.change))
        paused.event("11:00", state: .inProgress)
        #expect(paused.status(.resolution, asOf: "12:00")?.elapsed == 7200)
        var running = olaScenario()
        running.event("10:00", state: .pending(.change))
        running.event("11:00", state: .inProgress)
        #expect(running.status(.resolution, asOf: "12:00")?.elapsed == 10800)
    }

    @Test("A change of the party waited on is recorded as a new pause reason")
    func pauseReasonChange() {
        var s = olaScenario()
        s.event("10:00", state: .pending(.customer))
        s.event("10:30", state: .pending(.thirdParty))
        s.event("11:00", state: .inProgress)
        #expect(s.trace(.resolution, asOf: "11:00") == [
            "started@09:00:00 0 P2", "paused@10:00:00 3600 customer", "paused@10:30:00 3600 thirdParty", "resumed@11:00:00 3600",
        ])
    }

    @Test("No breach while paused: the due instant moves by the pause")
    func noBreachWhilePaused() {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.ola()]
        s.event("09:00", state: .assigned, priority: .p1, assign: LedgerScenario.netnova)
        s.event("09:30", state: .pending(.customer))
        #expect(s.trace(.resolution, asOf: "10:59") == ["started@09:00:00 0 P1", "paused@09:30:00 1800 customer"])
        #expect(s.status(.resolution, asOf: "10:59")?.state == .paused)
        s.event("11:00", state: .inProgress)
        #expect(s.trace(.resolution, asOf: "12:00") == [
            "started@09:00:00 0 P1", "paused@09:30:00 1800 customer", "resumed@11:00:00 1800",
            "warned@11:15:00 2700", "breached@11:30:01 3601",
        ])
    }

    @Test("A clock that started breached while paused stays breached: pausing does not undo time already spent")
    func breachedThenPaused() {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.ola()]
        s.event("09:00", state: .assigned, priority: .p1, assign: LedgerScenario.netnova)
        s.event("10:30", state: .pending(.customer))
        s.event("11:00", state: .resolved)
        let status = s.status(.resolution)
        #expect(status?.outcome == .breached)
        #expect(status?.elapsed == 5400)
    }

    @Test("Resolved as a pause state keeps the response clock from running on a resolved ticket")
    func resolvedTicketStopsResponse() {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.ola()]
        s.event("09:00", state: .assigned, priority: .p2, assign: LedgerScenario.netnova)
        s.event("09:40", state: .resolved)
        #expect(s.trace(.response) == ["started@09:00:00 0 P2", "warned@09:22:30 1350", "breached@09:30:01 1801", "stopped@09:40:00 2400 breached"])
    }
}
