import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("TicketStore contract: queries and paging")
struct TicketQueryContractTests {
    /// A named query and the ticket ids it must return, in order.
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var query: TicketQuery
        var expected: [String]
    }

    /// Five tickets whose id order differs from their opening order; TKT-2 and TKT-4 open at the same instant.
    static func population() -> [Ticket] {
        func make(_ id: String, _ kind: TicketKind, _ assigned: SupplierID?, _ state: TicketState, _ service: ServiceID?, openedAfter seconds: Double) -> Ticket {
            var ticket = DomainSamples.ticket(TicketID(id), externalID: "EXT-\(id)", opened: DomainSamples.preciseInstant.addingTimeInterval(seconds))
            ticket.kind = kind
            ticket.assignment = assigned.map { Assignment(supplier: $0, group: nil) }
            ticket.state = state
            ticket.service = service
            return ticket
        }
        return [
            make("TKT-4", .change, nil, .resolved, nil, openedAfter: 1),
            make("TKT-1", .incident, DomainSamples.netnova, .new, "workplace", openedAfter: 3),
            make("TKT-3", .incident, DomainSamples.netnova, .pending(.thirdParty), "hosted-apps", openedAfter: 2),
            make("TKT-2", .request, DomainSamples.stratus, .pending(.customer), "hosted-apps", openedAfter: 1),
            make("TKT-5", .incident, DomainSamples.netnova, .inProgress, "workplace", openedAfter: 0.000_001),
        ]
    }

    static let cases: [Case] = [
        Case(description: "everything, by opening time then id", query: TicketQuery(), expected: ["TKT-5", "TKT-2", "TKT-4", "TKT-3", "TKT-1"]),
        Case(description: "assigned to netnova", query: TicketQuery(assignedTo: DomainSamples.netnova), expected: ["TKT-5", "TKT-3", "TKT-1"]),
        Case(description: "kind request", query: TicketQuery(kind: .request), expected: ["TKT-2"]),
        Case(description: "state pending matches every party", query: TicketQuery(stateNames: ["pending"]), expected: ["TKT-2", "TKT-3"]),
        Case(description: "several states", query: TicketQuery(stateNames: ["new", "resolved"]), expected: ["TKT-4", "TKT-1"]),
        Case(description: "a party-qualified state name matches nothing", query: TicketQuery(stateNames: ["pending:customer"]), expected: []),
        Case(description: "service", query: TicketQuery(service: "hosted-apps"), expected: ["TKT-2", "TKT-3"]),
        Case(description: "filters combine", query: TicketQuery(assignedTo: DomainSamples.netnova, kind: .incident, service: "workplace"), expected: ["TKT-5", "TKT-1"]),
        Case(description: "no state names match nothing", query: TicketQuery(stateNames: []), expected: []),
        Case(description: "a page from the middle", query: TicketQuery(offset: 1, limit: 2), expected: ["TKT-2", "TKT-4"]),
        Case(description: "the last partial page", query: TicketQuery(offset: 4, limit: 10), expected: ["TKT-1"]),
        Case(description: "past the end", query: TicketQuery(offset: 5), expected: []),
        Case(description: "a page of a filtered list", query: TicketQuery(assignedTo: DomainSamples.netnova, offset: 1, limit: 1), expected: ["TKT-3"]),
        Case(description: "limit zero", query: TicketQuery(limit: 0), expected: []),
    ]

    @Test("filters and paging", arguments: StoreBackend.allCases, cases)
    func query(backend: StoreBackend, testCase: Case) async throws {
        try await backend.withStores { stores async throws in
            for ticket in Self.population() { try await stores.tickets.save(ticket) }
            let found = try await stores.tickets.tickets(matching: testCase.query)
            #expect(found.map(\.id.rawValue) == testCase.expected)
        }
    }

    @Test("query results are whole tickets", arguments: StoreBackend.allCases)
    func wholeTickets(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let population = Self.population()
            for ticket in population { try await stores.tickets.save(ticket) }
            let found = try await stores.tickets.tickets(matching: TicketQuery())
            #expect(Set(found) == Set(population))
        }
    }
}
