import AccordCore
import AccordStoreSQLite
import AccordTestSupport
import Foundation
import Testing

@Suite("TicketDeliveryStore contract")
struct TicketDeliveryStoreContractTests {
    static let request = TicketDeliveryRequest(
        supplier: DomainSamples.netnova, ticketIDs: ["NET-42": "TKT-netnova-NET-42", "NET-7": "TKT-netnova-NET-7"], readsLedger: true
    )

    static func clockRecord(_ ticket: TicketID) -> ClockRecord {
        ClockRecord(
            ticketID: ticket, agreementID: "netnova-ola", clock: .resolution, cycle: 1, priority: .p2, service: "workplace",
            startedAt: DomainSamples.preciseInstant, stoppedAt: nil, outcome: nil, elapsed: 60, target: 14_400, breachedAt: nil, stopEvent: nil
        )
    }

    /// One delivery's writes for ticket `TKT-1` (external id NET-42): two events, the ticket, its
    /// ledger chain and clock records, and the inbox entry marked processed.
    static func writes(entry: Int64?) -> TicketDeliveryWrites {
        var writes = TicketDeliveryWrites()
        writes.events = [DomainSamples.event("EVT-1"), DomainSamples.event("EVT-2", at: DomainSamples.preciseInstant.addingTimeInterval(60))]
        writes.tickets = [DomainSamples.ticket()]
        writes.ledgerEntries = LedgerStoreContractTests.chain()
        writes.clockRecords = ["TKT-1": [clockRecord("TKT-1")]]
        writes.processedEntry = entry.map { ProcessedInboxEntry(id: $0, at: DomainSamples.preciseInstant) }
        return writes
    }

    static func accepted(_ stores: AccordStores) async throws -> Int64 {
        guard case .accepted(let id)? = try await stores.inbox.accept([InboxStoreContractTests.delivery("msg-1")]).first else {
            throw StoreError.conflict("not accepted")
        }
        return id
    }

    @Test("the plan sees nothing for unknown tickets; its writes are all stored, the inbox entry processed", arguments: StoreBackend.allCases)
    func writesEverything(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let entry = try await Self.accepted(stores)
            let written = try await stores.ticketDeliveries.apply(Self.request) { state in
                #expect(state.tickets.isEmpty && state.events.isEmpty && state.ledger.isEmpty)
                return Self.writes(entry: entry)
            }
            #expect(written == Self.writes(entry: entry))
            #expect(try await stores.tickets.ticket(supplier: DomainSamples.netnova, externalID: "NET-42") == DomainSamples.ticket())
            #expect(try await stores.ticketEvents.events(for: "TKT-1").map(\.id) == ["EVT-1", "EVT-2"])
            #expect(try await stores.ledger.entries(for: "TKT-1") == LedgerStoreContractTests.chain())
            #expect(try await stores.clockRecords?.records(of: "TKT-1") == [Self.clockRecord("TKT-1")])
            #expect(try await stores.inbox.entry(entry)?.status == .processed)
        }
    }

    @Test("the plan reads stored tickets by external id, with their events and chains in order", arguments: StoreBackend.allCases)
    func readsState(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            _ = try await stores.ticketDeliveries.apply(Self.request) { _ in Self.writes(entry: nil) }
            // Events of a ticket not saved yet (an apply cut short) are found under its default id.
            try await stores.ticketEvents.append(DomainSamples.event("EVT-9", ticket: "TKT-netnova-NET-7"))
            let seen = try await stores.ticketDeliveries.apply(Self.request) { state in
                #expect(state.tickets == ["NET-42": DomainSamples.ticket()])
                #expect(state.events["TKT-1"]?.map(\.id) == ["EVT-1", "EVT-2"])
                #expect(state.events["TKT-netnova-NET-7"]?.map(\.id) == ["EVT-9"])
                #expect(state.ledger["TKT-1"] == LedgerStoreContractTests.chain())
                return TicketDeliveryWrites()
            }
            #expect(seen == TicketDeliveryWrites())
        }
    }

    @Test("another supplier's ticket with the same external id is not read", arguments: StoreBackend.allCases)
    func ownTicketsOnly(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            try await stores.tickets.save(DomainSamples.ticket())
            var request = Self.request
            request.supplier = DomainSamples.stratus
            _ = try await stores.ticketDeliveries.apply(request) { state in
                #expect(state.tickets.isEmpty)
                return TicketDeliveryWrites()
            }
        }
    }

    @Test("a plan that throws writes nothing", arguments: StoreBackend.allCases)
    func planThrows(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            await #expect(throws: StoreError.self) {
                _ = try await stores.ticketDeliveries.apply(Self.request) { _ in throw StoreError.conflict("planned failure") }
            }
            #expect(try await stores.ticketEvents.events(for: "TKT-1").isEmpty)
        }
    }

    @Test("a batch applies its deliveries in order; one that fails leaves nothing and the others are applied", arguments: StoreBackend.allCases)
    func batch(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let entry = try await Self.accepted(stores)
            let later = {
                var writes = TicketDeliveryWrites()
                writes.events = [DomainSamples.event("EVT-3", at: DomainSamples.preciseInstant.addingTimeInterval(120))]
                return writes
            }()
            let results = try await stores.ticketDeliveries.applyEach([
                TicketDeliveryBatchItem(request: Self.request) { _ in Self.writes(entry: entry) },
                TicketDeliveryBatchItem(request: Self.request) { _ in throw StoreError.conflict("planned failure") },
                // Writes that conflict when stored (the first item's ledger chain again).
                TicketDeliveryBatchItem(request: Self.request) { _ in Self.writes(entry: nil) },
                TicketDeliveryBatchItem(request: Self.request) { state in
                    #expect(state.events["TKT-1"]?.map(\.id) == ["EVT-1", "EVT-2"])  // sees the first item's writes
                    return later
                },
            ])
            #expect(results.map { (try? $0.get()) != nil } == [true, false, false, true])
            #expect(try results[0].get() == Self.writes(entry: entry))
            #expect(try await stores.ticketEvents.events(for: "TKT-1").map(\.id) == ["EVT-1", "EVT-2", "EVT-3"])
            #expect(try await stores.ledger.entries(for: "TKT-1") == LedgerStoreContractTests.chain())
            #expect(try await stores.inbox.entry(entry)?.status == .processed)
        }
    }

    @Test("a ledger entry that does not follow the stored chain is a conflict", arguments: StoreBackend.allCases)
    func ledgerConflict(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            try await stores.ledger.append(LedgerStoreContractTests.chain())
            await expectConflict {
                _ = try await stores.ticketDeliveries.apply(Self.request) { _ in Self.writes(entry: nil) }
            }
        }
    }
}

@Suite("SQLiteTicketDeliveryStore")
struct SQLiteTicketDeliveryStoreTests {
    @Test("a failing write leaves nothing of the delivery behind (one transaction)")
    func atomic() async throws {
        let (stores, keepAlive) = try StoreBackend.sqlite.makeStores()
        let entry = try await TicketDeliveryStoreContractTests.accepted(stores)
        try await stores.ledger.append(LedgerStoreContractTests.chain())
        await expectConflict {
            _ = try await stores.ticketDeliveries.apply(TicketDeliveryStoreContractTests.request) { _ in
                TicketDeliveryStoreContractTests.writes(entry: entry)
            }
        }
        #expect(try await stores.ticketEvents.events(for: "TKT-1").isEmpty)
        #expect(try await stores.tickets.ticket("TKT-1") == nil)
        #expect(try await stores.inbox.entry(entry)?.status == .pending)
        withExtendedLifetime(keepAlive) {}
    }
}

@Suite("TicketDeliveryStore: presumed writes and deliveries stored with their apply")
struct TicketDeliveryStorePresumingTests {
    static let request = TicketDeliveryStoreContractTests.request

    /// Writes holding only event `id` (for ticket TKT-1), to tell which writes were applied.
    static func writes(_ id: TicketEventID) -> TicketDeliveryWrites {
        var writes = TicketDeliveryWrites()
        writes.events = [DomainSamples.event(id)]
        return writes
    }

    @Test("with nothing stored the presumed writes are applied and the plan is not called; with a ticket stored the plan decides", arguments: StoreBackend.allCases)
    func presumedOnlyWhenEmpty(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let first = try await stores.ticketDeliveries.apply(Self.request, presuming: Self.writes("EVT-presumed")) { _ in
                Issue.record("the plan ran although nothing was stored")
                return Self.writes("EVT-planned")
            }
            #expect(first == Self.writes("EVT-presumed"))
            try await stores.tickets.save(DomainSamples.ticket())
            let second = try await stores.ticketDeliveries.apply(Self.request, presuming: Self.writes("EVT-presumed-2")) { state in
                #expect(state.tickets["NET-42"] != nil)
                return Self.writes("EVT-planned")
            }
            #expect(second == Self.writes("EVT-planned"))
            #expect(Set(try await stores.ticketEvents.events(for: "TKT-1").map(\.id)) == ["EVT-presumed", "EVT-planned"])
        }
    }

    @Test("presumed writes encoded ahead are stored exactly as when encoded in the transaction; encodings that do not match are not used", arguments: StoreBackend.allCases)
    func encodedAhead(backend: StoreBackend) async throws {
        var writes = Self.writes("EVT-ahead")
        writes.events[0].changes = [FieldChange(field: .title, newValue: "Zürich \"quoted\" / 路由器"), FieldChange(field: .state, oldValue: "new", newValue: nil)]
        var ticket = DomainSamples.ticket()
        ticket.title = "Zürich \"quoted\" / 路由器"
        writes.tickets = [ticket]
        try await backend.withStores { stores async throws in
            let encoded = stores.ticketDeliveries.encodeAhead(writes)
            #expect((encoded != nil) == (backend == .sqlite))
            let applied = try await stores.ticketDeliveries.apply(Self.request, presuming: writes, encoded: encoded) { _ in
                Issue.record("the plan ran although nothing was stored")
                return TicketDeliveryWrites()
            }
            #expect(applied == writes)
            #expect(try await stores.ticketEvents.events(for: "TKT-1") == writes.events)
            #expect(try await stores.tickets.ticket("TKT-1") == ticket)
        }
        // Rows encoded for other writes (another event count, or the same count with other ids) are ignored, not written.
        try await backend.withStores { stores async throws in
            var other = writes
            other.events.append(DomainSamples.event("EVT-other"))
            let mismatched = stores.ticketDeliveries.encodeAhead(other)
            _ = try await stores.ticketDeliveries.apply(Self.request, presuming: writes, encoded: mismatched) { _ in TicketDeliveryWrites() }
            #expect(try await stores.ticketEvents.events(for: "TKT-1").map(\.id) == ["EVT-ahead"])
            #expect(try await stores.tickets.ticket("TKT-1") == ticket)
        }
        try await backend.withStores { stores async throws in
            var other = writes
            other.events[0].id = "EVT-other"
            _ = try await stores.ticketDeliveries.apply(Self.request, presuming: writes, encoded: stores.ticketDeliveries.encodeAhead(other)) { _ in TicketDeliveryWrites() }
            #expect(try await stores.ticketEvents.events(for: "TKT-1").map(\.id) == ["EVT-ahead"])
        }
    }

    @Test("a delivery stored with its apply is processed; its id again is DeliveryStoredAlready and writes nothing", arguments: StoreBackend.allCases)
    func storedDelivery(backend: StoreBackend) async throws {
        try await backend.withStores { stores async throws in
            let delivery = InboxStoreContractTests.delivery("sync-incidents-abc")
            var writes = Self.writes("EVT-1")
            writes.storedDelivery = StoredProcessedDelivery(delivery: delivery, processedAt: DomainSamples.preciseInstant)
            _ = try await stores.ticketDeliveries.apply(Self.request) { [writes] _ in writes }
            let entries = try await stores.inbox.entries(status: nil, supplier: delivery.supplier, limit: 10)
            #expect(entries.map(\.delivery) == [delivery])
            #expect(entries.first?.status == .processed)
            #expect(entries.first?.attempts == 1)

            var again = Self.writes("EVT-2")
            again.storedDelivery = writes.storedDelivery
            await #expect(throws: DeliveryStoredAlready(supplier: delivery.supplier, deliveryID: delivery.deliveryID)) {
                _ = try await stores.ticketDeliveries.apply(Self.request) { [again] _ in again }
            }
            #expect(try await stores.ticketEvents.events(for: "TKT-1").map(\.id) == ["EVT-1"])
            #expect(try await stores.inbox.entries(status: nil, supplier: delivery.supplier, limit: 10).count == 1)
        }
    }

    @Test("SQLite: the raw page, its tickets and the run's checkpoint commit together or not at all")
    func syncPageInTheSameTransaction() async throws {
        let directory = try TemporaryDirectory(prefix: "accord-delivery-page")
        let database = try SQLiteDatabase(path: directory.file("accord.sqlite"), synchronous: .normal)
        let stores = database.storesWithSync
        let sync = database.syncStore
        var run = try await sync.startOrResume(supplier: DomainSamples.netnova, resource: "incidents", mode: .full, channel: .poll, at: DomainSamples.preciseInstant)
        run.pages = 1
        run.checkpoint = PageCursor(pageIndex: 1, position: 100)
        let record = SyncedRecord(
            supplier: DomainSamples.netnova, resource: "incidents", externalID: "NET-42", recordType: "ticket", contentHash: "h1", lastSeenRun: run.id
        )
        let page = SyncedPage(contentHash: "P1", rows: 1, records: 1, seen: 1, unchanged: 1, failed: 0, newestUpdate: nil)
        var writes = TicketDeliveryStoreContractTests.writes(entry: nil)
        writes.storedDelivery = StoredProcessedDelivery(delivery: InboxStoreContractTests.delivery("sync-incidents-P1"), processedAt: DomainSamples.preciseInstant)
        writes.syncPage = SyncPageCommit(run: run, records: [record], page: page)

        // The ledger chain is stored already, so the writes conflict: nothing of the page stays.
        try await stores.ledger.append(LedgerStoreContractTests.chain())
        await expectConflict { [writes] in _ = try await stores.ticketDeliveries.apply(Self.request) { _ in writes } }
        #expect(try await stores.inbox.entries(status: nil, supplier: DomainSamples.netnova, limit: 10).isEmpty)
        #expect(try await sync.records(supplier: DomainSamples.netnova, resource: "incidents").isEmpty)
        #expect(try await sync.runs(supplier: DomainSamples.netnova, limit: 1).first?.checkpoint == nil)
        #expect(try await stores.ticketEvents.events(for: "TKT-1").isEmpty)

        writes.ledgerEntries = []
        _ = try await stores.ticketDeliveries.apply(Self.request) { [writes] _ in writes }
        #expect(try await stores.inbox.entries(status: .processed, supplier: DomainSamples.netnova, limit: 10).count == 1)
        #expect(try await sync.records(supplier: DomainSamples.netnova, resource: "incidents")["NET-42"]?.contentHash == "h1")
        #expect(try await sync.runs(supplier: DomainSamples.netnova, limit: 1).first?.checkpoint == run.checkpoint)
        #expect(try await sync.unchangedPage(supplier: DomainSamples.netnova, resource: "incidents", contentHash: "P1") == page)
        #expect(try await stores.ticketEvents.events(for: "TKT-1").count == 2)
        try database.close()
    }
}
