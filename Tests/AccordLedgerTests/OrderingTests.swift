import AccordCore
import AccordLedger
import Foundation
import Testing

@Suite("Clocks: event order and determinism")
struct OrderingTests {
    private func scenario() -> LedgerScenario {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.ola(), LedgerScenario.sla()]
        s.event("09:00", state: .new, priority: .p2, service: "workplace")
        s.event("09:05", state: .assigned, assign: LedgerScenario.netnova)
        s.event("09:30", state: .inProgress)
        s.event("10:00", state: .pending(.customer))
        s.event("10:45", state: .inProgress)
        s.event("12:00", priority: .p1)
        s.event("12:10", state: .resolved)
        return s
    }

    @Test("Events derive the same ledger whatever order they were received in", arguments: [1, 2, 3, 4, 5])
    func receiptOrderDoesNotMatter(seed: Int) {
        let reference = scenario()
        var shuffled = reference
        var generator = SeededGenerator(seed: UInt64(seed))
        shuffled.events.shuffle(using: &generator)
        for index in shuffled.events.indices {
            shuffled.events[index].receivedTime = reference.time("2026-10-06T00:00:00Z").addingTimeInterval(Double(index))
        }
        #expect(shuffled.derive().entries == reference.derive().entries)
        #expect(!reference.derive().entries.isEmpty)
    }

    @Test("A late event is placed at its source time, not at its arrival")
    func lateEventTakesItsPlace() {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.ola()]
        s.event("09:00", state: .assigned, priority: .p2, assign: LedgerScenario.netnova)
        s.event("12:00", state: .resolved)
        // The pause happened at 10:00 but arrived after the resolution.
        s.event("10:00", state: .pending(.customer), received: "12:30")
        s.event("11:00", state: .inProgress, received: "12:31")
        #expect(s.status(.resolution)?.elapsed == 7200)
    }

    @Test("An unreadable state value is reported and leaves the state unchanged")
    func unreadableState() {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.ola()]
        s.event("09:00", state: .assigned, priority: .p2, assign: LedgerScenario.netnova)
        s.events.append(TicketEvent(
            id: "EVT-bad", ticketID: LedgerScenario.ticketID, sourceTime: s.time("09:30"), receivedTime: s.time("09:30"),
            channel: .webhook, changes: [FieldChange(field: .state, newValue: "wibble")]
        ))
        let result = s.derive(asOf: "10:00")
        #expect(result.problems == ["event EVT-bad: cannot read state value 'wibble'"])
        #expect(result.statuses.first { $0.clock == .resolution }?.elapsed == 3600)
    }

    @Test("An agreement whose calendar is unknown is reported, not silently skipped")
    func unknownCalendar() {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.ola(calendar: "moon-base")]
        s.event("09:00", state: .assigned, priority: .p2, assign: LedgerScenario.netnova)
        let result = s.derive()
        #expect(result.entries.isEmpty)
        #expect(result.problems == ["agreement netnova-ola: calendar 'moon-base' is not known"])
    }

    @Test("An SLA applies to the ticket's latest service only")
    func slaFollowsService() {
        var s = LedgerScenario()
        s.agreements = [LedgerScenario.sla()]
        s.event("09:00", state: .new, priority: .p2, service: "workplace")
        s.event("09:30", service: "hosted-apps")
        #expect(s.derive().entries.isEmpty)
    }
}

/// SplitMix64: a small seeded generator so shuffles are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
