import AccordCore
import AccordLedger
import Foundation
import Testing

@Suite("Clocks: priority changes move the target, elapsed time carries over")
struct PriorityChangeTests {
    private func scenario(_ priority: Priority) -> LedgerScenario {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.ola()]
        s.event("09:00", state: .assigned, priority: priority, assign: LedgerScenario.netnova)
        return s
    }

    @Test("Raising the priority past the elapsed time breaches at the change")
    func priorityUpBreachesAtOnce() {
        var s = scenario(.p3)
        s.event("10:30", priority: .p1)
        #expect(s.trace(.resolution, asOf: "10:30") == [
            "started@09:00:00 0 P3", "targetChanged@10:30:00 5400 P3 28800 -> P1 3600",
            "warned@10:30:00 5400", "breached@10:30:00 5400",
        ])
        let change = s.derive(asOf: "10:30").entries.first { $0.kind == .targetChanged && $0.clock == .resolution }
        #expect(change?.target == 3600)
    }

    @Test("Raising the priority before the new target keeps counting from the elapsed time")
    func priorityUpWithoutBreach() {
        var s = scenario(.p3)
        s.event("09:20", priority: .p1)
        #expect(s.trace(.resolution, asOf: "12:00") == [
            "started@09:00:00 0 P3", "targetChanged@09:20:00 1200 P3 28800 -> P1 3600",
            "warned@09:45:00 2700", "breached@10:00:01 3601",
        ])
    }

    @Test("Lowering the priority after a warning re-arms the warning for the new target")
    func priorityDownRearms() {
        var s = scenario(.p1)
        s.event("09:50", priority: .p3)
        #expect(s.trace(.resolution, asOf: "18:00") == [
            "started@09:00:00 0 P1", "warned@09:45:00 2700", "targetChanged@09:50:00 3000 P1 3600 -> P3 28800",
            "warned@15:00:00 21600", "breached@17:00:01 28801",
        ])
    }

    @Test("A breach recorded before the priority was lowered stays in the ledger")
    func breachIsNeverCancelledSilently() {
        var s = scenario(.p1)
        s.event("10:30", priority: .p3)
        s.event("11:00", state: .resolved)
        let kinds = s.derive().entries.filter { $0.clock == .resolution }.map(\.kind)
        #expect(kinds == [.started, .warned, .breached, .targetChanged, .stopped])
        #expect(s.status(.resolution)?.outcome == .met)
    }

    @Test("A priority without a target leaves the clock running without target; the stop says so")
    func priorityWithoutTarget() {
        var s = scenario(.p2)
        s.event("09:30", priority: .p4)
        s.event("20:00", state: .resolved)
        #expect(s.trace(.resolution) == [
            "started@09:00:00 0 P2", "targetChanged@09:30:00 1800 P2 14400 -> P4 none", "stopped@20:00:00 39600 noTarget",
        ])
    }

    @Test("A ticket opened without priority gets its target when the priority arrives")
    func priorityArrivesLater() {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.ola()]
        s.event("09:00", state: .assigned, assign: LedgerScenario.netnova)
        s.event("09:10", priority: .p1)
        #expect(s.trace(.resolution, asOf: "09:10") == ["started@09:00:00 0", "targetChanged@09:10:00 600 none none -> P1 3600"])
    }
}
