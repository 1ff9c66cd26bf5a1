import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("Domain values as JSON")
struct DomainCodableTests {
    private func roundTrip<Value: Codable>(_ value: Value) throws -> Value {
        try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(value))
    }

    @Test("a ticket with every field set survives JSON exactly")
    func ticket() throws {
        let ticket = DomainSamples.ticket()
        #expect(try roundTrip(ticket) == ticket)
    }

    @Test("a ticket with every optional field empty survives JSON")
    func sparseTicket() throws {
        let ticket = Ticket(id: "TKT-2", kind: .problem, title: "", timestamps: TicketTimestamps(openedAt: DomainSamples.preciseInstant))
        let decoded = try roundTrip(ticket)
        #expect(decoded == ticket)
        #expect(decoded.externalReference == nil && decoded.priority == nil && decoded.assignment == nil)
        #expect(decoded.timestamps.updatedAt == DomainSamples.preciseInstant)
    }

    @Test("a ticket event survives JSON exactly, instants included")
    func event() throws {
        let event = DomainSamples.event()
        let decoded = try roundTrip(event)
        #expect(decoded == event)
        #expect(decoded.receivedTime.timeIntervalSinceReferenceDate == event.receivedTime.timeIntervalSinceReferenceDate)
    }

    @Test("a supplier with agreements survives JSON", arguments: Tier.allCases)
    func supplier(tier: Tier) throws {
        let supplier = DomainSamples.supplier(tier: tier)
        #expect(try roundTrip(supplier) == supplier)
    }

    @Test("ticket states are written as their text form")
    func stateJSON() throws {
        let data = try JSONEncoder().encode([TicketState.pending(.thirdParty), .inProgress])
        #expect(String(decoding: data, as: UTF8.self) == #"["pending:thirdParty","inProgress"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([TicketState].self, from: Data(#"["pending:nobody"]"#.utf8)) }
    }
}
