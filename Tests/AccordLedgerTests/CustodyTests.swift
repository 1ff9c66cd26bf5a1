import AccordCore
import AccordLedger
import Foundation
import Testing

@Suite("Clocks: OLA custody across suppliers")
struct CustodyTests {
    private func handover() -> LedgerScenario {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.ola(LedgerScenario.netnova), LedgerScenario.ola(LedgerScenario.stratus)]
        s.event("09:00", state: .assigned, priority: .p2, assign: LedgerScenario.netnova)
        s.event("09:30", state: .inProgress)
        s.event("10:00", state: .assigned, assign: LedgerScenario.stratus)
        s.event("11:00", state: .assigned, assign: LedgerScenario.netnova)
        s.event("12:00", state: .inProgress)
        s.event("13:00", state: .resolved)
        return s
    }

    @Test("A → B → A gives A two custody segments on one clock")
    func twoSegmentsForA() {
        #expect(handover().trace(.resolution, agreement: "netnova-ola") == [
            "started@09:00:00 0 P2", "paused@10:00:00 3600 custody", "resumed@11:00:00 3600",
            "warned@13:00:00 10800", "stopped@13:00:00 10800 met",
        ])
    }

    @Test("B's clock starts at its assignment and runs only while B holds the ticket")
    func segmentForB() {
        #expect(handover().trace(.resolution, agreement: "stratus-hosting-ola") == [
            "started@10:00:00 0 P2", "paused@11:00:00 3600 custody", "stopped@13:00:00 3600 met",
        ])
    }

    @Test("B never responded while it held the ticket: its response clock breaches in custody")
    func responseOfB() {
        #expect(handover().trace(.response, agreement: "stratus-hosting-ola") == [
            "started@10:00:00 0 P2", "warned@10:22:30 1350", "breached@10:30:01 1801",
            "paused@11:00:00 3600 custody", "stopped@13:00:00 3600 breached",
        ])
    }

    @Test("Assignment alone is not an OLA response; starting work is")
    func assignmentIsNotAResponse() {
        #expect(handover().trace(.response, agreement: "netnova-ola") == [
            "started@09:00:00 0 P2", "warned@09:22:30 1350", "stopped@09:30:00 1800 met",
        ])
    }

    @Test("A supplier that never held the ticket has no clocks")
    func neverAssignedHasNoClocks() {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.ola(LedgerScenario.stratus)]
        s.event("09:00", state: .assigned, priority: .p2, assign: LedgerScenario.netnova)
        s.event("10:00", state: .resolved)
        #expect(s.derive().entries.isEmpty)
    }

    @Test("The SLA runs end to end while OLAs run per custody")
    func slaAlongsideOlas() {
        var s = handover()
        s.agreements.append(LedgerScenario.sla())
        s.events.insert(TicketEvent(
            id: "EVT-0", ticketID: LedgerScenario.ticketID, sourceTime: s.time("09:00"), receivedTime: s.time("08:59"),
            channel: .nativeAPI, changes: [FieldChange(field: .service, newValue: "workplace")]
        ), at: 0)
        #expect(s.trace(.resolution, agreement: "workplace-sla") == [
            "started@09:00:00 0", "targetChanged@09:00:00 0 none none -> P2 14400", "warned@12:00:00 10800", "stopped@13:00:00 14400 met",
        ])
    }
}
