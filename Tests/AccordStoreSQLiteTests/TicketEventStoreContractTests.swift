import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("TicketEventStore contract")
struct TicketEventStoreContractTests {
    @Test("an event round-trips exactly", arguments: StoreBackend.allCases)
    func roundTrip(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let event = DomainSamples.event()
            let appended = try await stores.ticketEvents.append(event)
            #expect(appended)
            #expect(try await stores.ticketEvents.events(for: event.ticketID) == [event])
        }
    }

    @Test("an event with no supplier, delivery or changes round-trips", arguments: StoreBackend.allCases)
    func sparse(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let event = TicketEvent(id: "EVT-op", ticketID: "TKT-1", sourceTime: DomainSamples.preciseInstant,
                                    receivedTime: DomainSamples.preciseInstant, channel: .operator, changes: [])
            try await stores.ticketEvents.append(event)
            #expect(try await stores.ticketEvents.events(for: "TKT-1") == [event])
        }
    }

    @Test("appending the same event twice stores it once", arguments: StoreBackend.allCases)
    func idempotent(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let first = try await stores.ticketEvents.append(DomainSamples.event())
            let second = try await stores.ticketEvents.append(DomainSamples.event())
            #expect(first == true)
            #expect(second == false)
            #expect(try await stores.ticketEvents.events(for: "TKT-1") == [DomainSamples.event()])
        }
    }

    @Test("a different event under a stored id is a conflict, even a sub-microsecond difference",
          arguments: StoreBackend.allCases, [
              "changes", "receivedTime",
          ])
    func conflict(backend: StoreBackend, difference: String) async throws {
        try await backend.withStores { stores async throws in
            let original = DomainSamples.event()
            try await stores.ticketEvents.append(original)
            var other = original
            if difference == "changes" {
                other.changes = [FieldChange(field: .title, newValue: "Other")]
            } else {
                other.receivedTime = original.receivedTime.addingTimeInterval(0.000_000_3)
            }
            #expect(other != original)
            await expectConflict { try await stores.ticketEvents.append(other) }
            #expect(try await stores.ticketEvents.events(for: original.ticketID) == [original])
        }
    }

    @Test("events come back by source time, then received time, then id, whatever the append order",
          arguments: StoreBackend.allCases)
    func ordering(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let base = DomainSamples.preciseInstant
            func event(_ id: String, source: Double, received: Double, ticket: TicketID = "TKT-1") -> TicketEvent {
                var event = DomainSamples.event(TicketEventID(id), ticket: ticket, at: base.addingTimeInterval(source))
                event.receivedTime = base.addingTimeInterval(received)
                return event
            }
            let appended = [
                event("EVT-late", source: 30, received: 31),
                event("EVT-tie-b", source: 10, received: 50),
                event("EVT-first", source: 0.000_000_5, received: 100),
                event("EVT-tie-a2", source: 10, received: 12),
                event("EVT-other", source: 5, received: 5, ticket: "TKT-2"),
                event("EVT-tie-a1", source: 10, received: 12),
            ]
            for event in appended { try await stores.ticketEvents.append(event) }
            let ordered = try await stores.ticketEvents.events(for: "TKT-1").map(\.id.rawValue)
            #expect(ordered == ["EVT-first", "EVT-tie-a1", "EVT-tie-a2", "EVT-tie-b", "EVT-late"])
            #expect(try await stores.ticketEvents.events(for: "TKT-2").map(\.id.rawValue) == ["EVT-other"])
            #expect(try await stores.ticketEvents.events(for: "TKT-none").isEmpty)
        }
    }
}
