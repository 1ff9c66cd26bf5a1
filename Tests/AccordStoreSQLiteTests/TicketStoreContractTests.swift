import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("TicketStore contract: values, upsert, external references")
struct TicketStoreContractTests {
    @Test("a ticket with every field set round-trips exactly", arguments: StoreBackend.allCases)
    func roundTrip(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            var ticket = DomainSamples.ticket()
            ticket.timestamps.resolvedAt = DomainSamples.preciseInstant.addingTimeInterval(7200.000_000_1)
            ticket.timestamps.closedAt = Date(timeIntervalSince1970: 1_893_456_000.987_654_321)
            try await stores.tickets.save(ticket)
            let stored = try #require(try await stores.tickets.ticket(ticket.id))
            #expect(stored == ticket)
            #expect(stored.timestamps.openedAt.timeIntervalSinceReferenceDate == DomainSamples.preciseInstant.timeIntervalSinceReferenceDate)
        }
    }

    @Test("a ticket with every optional field empty round-trips", arguments: StoreBackend.allCases)
    func sparse(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let ticket = Ticket(id: "TKT-sparse", kind: .problem, title: "", timestamps: TicketTimestamps(openedAt: DomainSamples.preciseInstant))
            try await stores.tickets.save(ticket)
            #expect(try await stores.tickets.ticket(ticket.id) == ticket)
        }
    }

    @Test("partial optional values survive: priority without impact, reference without URL, assignment without group",
          arguments: StoreBackend.allCases)
    func partial(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            var ticket = DomainSamples.ticket()
            ticket.priority = PriorityAssessment(priority: .p5)
            ticket.externalReference?.url = nil
            ticket.assignment = Assignment(supplier: DomainSamples.stratus)
            ticket.configurationItems = []
            try await stores.tickets.save(ticket)
            #expect(try await stores.tickets.ticket(ticket.id) == ticket)
        }
    }

    @Test("every state, each pending party included, round-trips", arguments: StoreBackend.allCases, TicketState.allStates)
    func states(backend: StoreBackend, state: TicketState) async throws {
        try await backend.withStores { stores async throws in
            var ticket = DomainSamples.ticket()
            ticket.state = state
            try await stores.tickets.save(ticket)
            #expect(try await stores.tickets.ticket(ticket.id)?.state == state)
        }
    }

    @Test("saving a ticket again replaces it", arguments: StoreBackend.allCases)
    func upsert(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            try await stores.tickets.save(DomainSamples.ticket())
            var changed = DomainSamples.ticket()
            changed.title = "Replaced"
            changed.state = .resolved
            changed.priority = nil
            changed.timestamps.resolvedAt = DomainSamples.preciseInstant.addingTimeInterval(90)
            try await stores.tickets.save(changed)
            #expect(try await stores.tickets.ticket(changed.id) == changed)
            #expect(try await stores.tickets.tickets(matching: TicketQuery()) == [changed])
        }
    }

    @Test("a ticket is found by its supplier's external id, and only by that supplier", arguments: StoreBackend.allCases)
    func externalLookup(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let ticket = DomainSamples.ticket("TKT-1", externalID: "NET-42")
            try await stores.tickets.save(ticket)
            try await stores.tickets.save(DomainSamples.ticket("TKT-2", externalID: "NET-43"))
            #expect(try await stores.tickets.ticket(supplier: DomainSamples.netnova, externalID: "NET-42") == ticket)
            #expect(try await stores.tickets.ticket(supplier: DomainSamples.stratus, externalID: "NET-42") == nil)
            #expect(try await stores.tickets.ticket(supplier: DomainSamples.netnova, externalID: "net-42") == nil)
        }
    }

    @Test("another ticket claiming a stored external reference is a conflict and changes nothing", arguments: StoreBackend.allCases)
    func externalConflict(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let original = DomainSamples.ticket("TKT-1", externalID: "NET-42")
            try await stores.tickets.save(original)
            await expectConflict { try await stores.tickets.save(DomainSamples.ticket("TKT-2", externalID: "NET-42")) }
            #expect(try await stores.tickets.ticket("TKT-2") == nil)
            #expect(try await stores.tickets.ticket(supplier: DomainSamples.netnova, externalID: "NET-42") == original)
        }
    }

    @Test("the same external id at two suppliers is not a conflict; tickets without a reference never conflict",
          arguments: StoreBackend.allCases)
    func noFalseConflict(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            try await stores.tickets.save(DomainSamples.ticket("TKT-1", externalID: "42"))
            var other = DomainSamples.ticket("TKT-2", externalID: "42")
            other.externalReference?.supplier = DomainSamples.stratus
            try await stores.tickets.save(other)
            for id in ["TKT-3", "TKT-4"] {
                var local = DomainSamples.ticket(TicketID(id))
                local.externalReference = nil
                try await stores.tickets.save(local)
            }
            #expect(try await stores.tickets.tickets(matching: TicketQuery()).count == 4)
            #expect(try await stores.tickets.ticket(supplier: DomainSamples.stratus, externalID: "42")?.id == "TKT-2")
        }
    }

    @Test("a re-saved ticket that changes its external id frees the old one", arguments: StoreBackend.allCases)
    func referenceMoves(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            try await stores.tickets.save(DomainSamples.ticket("TKT-1", externalID: "NET-1"))
            try await stores.tickets.save(DomainSamples.ticket("TKT-1", externalID: "NET-2"))
            #expect(try await stores.tickets.ticket(supplier: DomainSamples.netnova, externalID: "NET-1") == nil)
            try await stores.tickets.save(DomainSamples.ticket("TKT-9", externalID: "NET-1"))
            #expect(try await stores.tickets.ticket(supplier: DomainSamples.netnova, externalID: "NET-1")?.id == "TKT-9")
        }
    }
}
