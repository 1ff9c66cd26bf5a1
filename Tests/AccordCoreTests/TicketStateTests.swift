import AccordCore
import Testing

@Suite("TicketState text form")
struct TicketStateTests {
    @Test("every state survives its text form", arguments: TicketState.allStates)
    func roundTrip(state: TicketState) {
        #expect(TicketState(text: state.description) == state)
    }

    @Test("pending states carry their party after a colon")
    func pendingText() {
        #expect(TicketState.pending(.thirdParty).description == "pending:thirdParty")
        #expect(TicketState.pending(.customer).name == "pending")
        #expect(TicketState.inProgress.description == "inProgress")
    }

    @Test("all states are distinct and list every pending party")
    func allStatesComplete() {
        #expect(Set(TicketState.allStates).count == TicketState.allStates.count)
        #expect(TicketState.allStates.compactMap(\.pendingParty) == PendingParty.allCases)
        #expect(TicketState.allStates.count == 6 + PendingParty.allCases.count)
    }

    @Test("text that is not a state is refused",
          arguments: ["", "pending", "pending:", "pending:nobody", "Pending:customer", "in_progress", "NEW", "resolved ", "closed:customer"])
    func rejects(text: String) {
        #expect(TicketState(text: text) == nil)
    }

    @Test("terminal states are resolved, closed and cancelled")
    func terminal() {
        let terminal = TicketState.allStates.filter(\.isTerminal)
        #expect(terminal == [.resolved, .closed, .cancelled])
    }
}
