import AccordCore
import AccordLedger
import Foundation
import Testing

@Suite("Clocks: start, stop, warning and exact breach")
struct ClockBasicsTests {
    private func slaScenario() -> LedgerScenario {
        var scenario = LedgerScenario()
        scenario.agreements = [LedgerScenario.sla()]
        return scenario
    }

    @Test("An SLA's response stops at assignment and its resolution at resolved, both met")
    func slaMet() {
        var s = slaScenario()
        s.event("09:00", state: .new, priority: .p2, service: "workplace")
        s.event("09:10", state: .assigned, assign: LedgerScenario.netnova)
        s.event("10:00", state: .inProgress)
        s.event("11:30", state: .resolved)
        #expect(s.trace(.response) == ["started@09:00:00 0 P2", "stopped@09:10:00 600 met"])
        #expect(s.trace(.resolution) == ["started@09:00:00 0 P2", "stopped@11:30:00 9000 met"])
    }

    @Test("Warning at the threshold and breach at the first second beyond the target")
    func warningAndExactBreach() {
        var s = slaScenario()
        s.event("09:00", state: .new, priority: .p1, service: "workplace")
        #expect(s.trace(.resolution, asOf: "12:00") == ["started@09:00:00 0 P1", "warned@09:45:00 2700", "breached@10:00:01 3601"])
        #expect(s.trace(.response, asOf: "12:00") == ["started@09:00:00 0 P1", "warned@09:11:15 675", "breached@09:15:01 901"])
    }

    @Test("Resolving exactly at the due instant is met")
    func resolvedAtDueIsMet() {
        var s = slaScenario()
        s.event("09:00", state: .assigned, priority: .p1, service: "workplace")
        s.event("10:00", state: .resolved)
        #expect(s.trace(.resolution) == ["started@09:00:00 0 P1", "warned@09:45:00 2700", "stopped@10:00:00 3600 met"])
        #expect(s.status(.resolution)?.outcome == .met)
    }

    @Test("Resolving one second after the due instant is breached")
    func resolvedOneSecondLateIsBreached() {
        var s = slaScenario()
        s.event("09:00", state: .assigned, priority: .p1, service: "workplace")
        s.event("10:00:01", state: .resolved)
        #expect(s.trace(.resolution).suffix(2) == ["breached@10:00:01 3601", "stopped@10:00:01 3601 breached"])
        #expect(s.status(.resolution)?.outcome == .breached)
    }

    @Test("Fractions of a second never round a met clock into a breach")
    func fractionalSeconds() {
        var s = slaScenario()
        s.event("2026-10-05T09:00:00.400Z", state: .assigned, priority: .p1, service: "workplace")
        s.event("2026-10-05T10:00:00.900Z", state: .resolved)
        let stop = s.derive().entries.last { $0.clock == .resolution }
        #expect(stop?.kind == .stopped)
        // Only whole seconds inside [09:00:00.4, 10:00:00.9] count: 09:00:01 ..< 10:00:00.
        #expect(stop?.elapsed == 3599)
        #expect(stop?.reason == "met")
    }

    @Test("Warning thresholds round up to the next whole second", arguments: [
        (target: 100, percent: 75, warnAt: 75), (target: 10, percent: 75, warnAt: 8), (target: 3, percent: 50, warnAt: 2),
        (target: 3600, percent: 100, warnAt: 3600),
    ])
    func warningRounding(target: Int, percent: Int, warnAt: Int) {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.ola(warning: percent, targets: [.p1: LedgerScenario.target(target, target)])]
        s.event("09:00", state: .assigned, priority: .p1, assign: LedgerScenario.netnova)
        let warned = s.derive(asOf: "23:00").entries.first { $0.clock == .resolution && $0.kind == .warned }
        #expect(warned?.elapsed == warnAt)
        #expect(warned.map { $0.instant.timeIntervalSince(s.time("09:00")) } == TimeInterval(warnAt))
    }

    @Test("A running clock reports its elapsed time and due instant as of now")
    func statusAsOfNow() throws {
        var s = slaScenario()
        s.event("09:00", state: .assigned, priority: .p2, service: "workplace")
        let status = try #require(s.status(.resolution, asOf: "10:00"))
        #expect(status.state == .running)
        #expect(status.elapsed == 3600)
        #expect(status.due == s.time("13:00"))
        #expect(!status.isBreached)
    }

    @Test("Events after the as-of instant are not yet facts")
    func asOfExcludesLaterEvents() {
        var s = slaScenario()
        s.event("09:00", state: .assigned, priority: .p2, service: "workplace")
        s.event("11:00", state: .resolved)
        #expect(s.trace(.resolution, asOf: "10:00") == ["started@09:00:00 0 P2"])
        #expect(s.status(.resolution, asOf: "10:00")?.state == .running)
    }

    @Test("A cancelled ticket stops both clocks as cancelled, neither met nor breached")
    func cancelled() {
        var s = slaScenario()
        s.event("09:00", state: .new, priority: .p1, service: "workplace")
        s.event("09:05", state: .cancelled)
        #expect(s.trace(.response) == ["started@09:00:00 0 P1", "stopped@09:05:00 300 cancelled"])
        #expect(s.trace(.resolution) == ["started@09:00:00 0 P1", "stopped@09:05:00 300 cancelled"])
    }

    @Test("A ticket closed without being resolved stops the resolution clock")
    func closedWithoutResolved() {
        var s = slaScenario()
        s.event("09:00", state: .assigned, priority: .p2, service: "workplace")
        s.event("10:00", state: .closed)
        #expect(s.trace(.resolution) == ["started@09:00:00 0 P2", "stopped@10:00:00 3600 met"])
    }

    @Test("Business hours: a breach falls in the next working day, at the exact second")
    func businessHoursBreach() {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.ola(calendar: "uk-office")]
        // 17:30 London summer time is 16:30 UTC; the office closes at 18:00 and opens at 08:00.
        s.event("16:30", state: .assigned, priority: .p1, assign: LedgerScenario.netnova)
        #expect(s.trace(.resolution, asOf: "2026-10-06T12:00:00Z") == [
            "started@16:30:00 0 P1", "warned@07:15:00 2700", "breached@07:30:01 3601",
        ])
    }
}
