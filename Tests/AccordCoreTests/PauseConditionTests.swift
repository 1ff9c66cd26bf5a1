import AccordCore
import Testing

@Suite("Pause conditions and agreements")
struct PauseConditionTests {
    @Test("a pending condition matches only its own party", arguments: PendingParty.allCases)
    func pendingMatchesParty(party: PendingParty) {
        let condition = PauseCondition.pending(party)
        for state in TicketState.allStates {
            #expect(condition.matches(state) == (state == .pending(party)), "\(state)")
        }
    }

    @Test("resolved matches only resolved")
    func resolvedMatches() {
        #expect(TicketState.allStates.filter(PauseCondition.resolved.matches) == [.resolved])
    }

    @Test("text form is the ticket state's and round-trips",
          arguments: PendingParty.allCases.map(PauseCondition.pending) + [.resolved])
    func textRoundTrip(condition: PauseCondition) {
        #expect(PauseCondition(text: condition.description) == condition)
    }

    @Test("states that cannot pause a clock are refused as text",
          arguments: ["new", "assigned", "inProgress", "closed", "cancelled", "pending", "pending:nobody", ""])
    func rejects(text: String) {
        #expect(PauseCondition(text: text) == nil)
    }

    @Test("by default, waiting on the customer or a third party pauses; waiting on the supplier does not")
    func defaultPauses() {
        let agreement = Agreement(id: "ola", kind: .ola(SupplierID("netnova")!), targets: [:], calendarID: "24x7")
        let paused = TicketState.allStates.filter(agreement.pauses(in:))
        #expect(paused == [.pending(.customer), .pending(.thirdParty)])
    }

    @Test("an agreement pauses in exactly its configured states")
    func configuredPauses() {
        let agreement = Agreement(
            id: "sla", kind: .sla("workplace"), targets: [:], calendarID: "uk-office",
            pauseStates: [.pending(.change), .resolved]
        )
        #expect(TicketState.allStates.filter(agreement.pauses(in:)) == [.pending(.change), .resolved])
        let never = Agreement(id: "strict", kind: .sla("workplace"), targets: [:], calendarID: "uk-office", pauseStates: [])
        #expect(TicketState.allStates.filter(never.pauses(in:)).isEmpty)
    }
}
