import AccordConnectors
import AccordCore
import AccordLedger
import AccordServer
import AccordTestSupport
import Foundation
import Testing

@Suite("Webhook pipeline: deliveries applied in batches")
struct WebhookBatchTests {
    typealias Hub = WebhookTestHub
    let netnova = SupplierID("netnova")!

    @Test("A delivery whose apply fails is retried, then dead; the others of its batch are applied once", arguments: StoreBackend.allCases)
    func poisonInBatch(backend: StoreBackend) async throws {
        let hub = try Hub(backend: backend)
        try await hub.deliver([("msg_a", Hub.jiraIssue("910")), ("msg_b", Hub.jiraIssue("911")), ("msg_c", Hub.jiraIssue("912"))])
        // Another ticket already holds msg_b's event ids, with other content: storing its events conflicts.
        for index in 0 ... 1 {
            try await hub.stores.ticketEvents.append(DomainSamples.event(TicketEventID("EVT-netnova-msg_b#\(index)"), ticket: "TKT-elsewhere"))
        }

        let first = try await hub.processor().processDue(now: Hub.now)
        #expect(first == .init(processed: 2, retried: 1, dead: 0))
        for externalID in ["910", "912"] {
            let ticket = try #require(try await hub.stores.tickets.ticket(supplier: netnova, externalID: externalID))
            #expect(try await hub.stores.ticketEvents.events(for: ticket.id).map(\.deliveryID).count == 2)
            let ledger = try await hub.stores.ledger.entries(for: ticket.id)
            #expect(LedgerChain.verify(ledger) == .intact(entries: ledger.count) && !ledger.isEmpty)
        }
        #expect(try await hub.stores.tickets.ticket(supplier: netnova, externalID: "911") == nil)
        if backend == .sqlite {  // the failed delivery's savepoint took its first events back with it
            #expect(try await hub.stores.ticketEvents.events(for: "TKT-netnova-911").isEmpty)
        }
        let failed = try #require(try await hub.stores.inbox.entries(status: .pending, supplier: netnova, limit: 10).first)
        #expect(failed.delivery.deliveryID == "msg_b")
        #expect(failed.lastError?.contains("already stored") == true)

        // Bounded attempts: retried until the policy's limit, then dead; the others are not applied again.
        var later = Hub.now
        var passes: [InboxProcessor.PassSummary] = []
        for _ in 0 ..< 4 {
            later = later.addingTimeInterval(3600)
            passes.append(try await hub.processor().processDue(now: later))
        }
        #expect(passes == [.init(retried: 1), .init(retried: 1), .init(retried: 1), .init(dead: 1)])
        #expect(try await hub.stores.inbox.entries(status: .processed, supplier: netnova, limit: 10).count == 2)
        #expect(try await hub.stores.inbox.attempts(of: failed.id).count == 5)
        withExtendedLifetime(hub.keepAlive) {}
    }

    @Test("A batch the store cannot apply as a whole is applied one delivery at a time")
    func wholeBatchFails() async throws {
        var hub = try Hub()
        hub.stores.transactionalTicketDeliveries = BatchRefusingStore(stores: hub.stores)
        try await hub.deliver([("msg_a", Hub.jiraIssue("930")), ("msg_b", Hub.jiraIssue("931"))])
        #expect(try await hub.processor().processDue(now: Hub.now) == .init(processed: 2))
        for externalID in ["930", "931"] {
            #expect(try await hub.stores.tickets.ticket(supplier: netnova, externalID: externalID) != nil)
        }
        #expect(try await hub.stores.inbox.entries(status: .processed, supplier: netnova, limit: 10).count == 2)
    }

    @Test("Deliveries of one ticket in one batch give the same ticket and ledger as one pass per delivery", arguments: StoreBackend.allCases)
    func oneTicketInBatch(backend: StoreBackend) async throws {
        let created = Hub.jiraIssue("920")
        let progressed = Hub.jiraIssue(
            "920", event: "jira:issue_updated", status: "In Progress", at: "2024-03-04T10:00:00.000+0100", changelogID: "1", sentMillis: 1_709_542_800_000
        )
        let resolved = Hub.jiraIssue(
            "920", event: "jira:issue_updated", status: "Resolved", at: "2024-03-04T12:00:00.000+0100", changelogID: "2", sentMillis: 1_709_550_000_000
        )
        // Out of order in one batch, and out of order one at a time.
        let batched = try Hub(backend: backend)
        try await batched.deliver([("c", resolved), ("a", created), ("b", progressed)])
        #expect(try await batched.processor().processDue(now: Hub.now) == .init(processed: 3))
        let single = try Hub(backend: backend)
        try await single.deliver([("c", resolved), ("a", created), ("b", progressed)])
        for _ in 0 ..< 3 { try await single.processor().processDue(now: Hub.now, limit: 1) }

        let expected = try #require(try await single.stores.tickets.ticket(supplier: netnova, externalID: "920"))
        let actual = try #require(try await batched.stores.tickets.ticket(supplier: netnova, externalID: "920"))
        #expect(actual == expected)
        #expect(actual.state == .resolved)
        #expect(try await batched.stores.ticketEvents.events(for: actual.id) == single.stores.ticketEvents.events(for: expected.id))
        let ledger = try await batched.stores.ledger.entries(for: actual.id)
        #expect(LedgerChain.verify(ledger) == .intact(entries: ledger.count))
        #expect(ledger.map(\.entry) == (try await single.stores.ledger.entries(for: expected.id)).map(\.entry))
        withExtendedLifetime((batched.keepAlive, single.keepAlive)) {}
    }
}

/// Applies deliveries one by one through the ports, but refuses every batch as a whole (a commit
/// that failed).
private struct BatchRefusingStore: TicketDeliveryStore {
    let stores: AccordStores

    func apply(
        _ request: TicketDeliveryRequest, plan: @escaping @Sendable (TicketDeliveryState) throws -> TicketDeliveryWrites
    ) async throws -> TicketDeliveryWrites {
        try await PortsTicketDeliveryStore(stores: stores).apply(request, plan: plan)
    }

    func applyEach(_ items: [TicketDeliveryBatchItem]) async throws -> [Result<TicketDeliveryWrites, any Error>] {
        throw StoreError.corrupt("batch refused")
    }
}
