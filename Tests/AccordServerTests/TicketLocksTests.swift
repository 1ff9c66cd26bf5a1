import AccordConnectors
import AccordCore
@testable import AccordServer
import Foundation
import Logging
import Testing

@Suite("One lock table for the native API and the inbox worker")
struct TicketLocksTests {
    /// Counts bodies running at once.
    actor Overlap {
        var running = 0
        var most = 0
        func enter() { running += 1; most = max(most, running) }
        func leave() { running -= 1 }
    }

    @Test("writers taking overlapping keys in opposite orders neither deadlock nor overlap")
    func oppositeOrders() async throws {
        let locks = TicketLocks()
        let overlap = Overlap()
        let a = TicketLocks.Key.external(SupplierID("netnova")!, "10001")
        let b = TicketLocks.Key.ticket(TicketID("TKT-netnova-10001"))
        let c = TicketLocks.Key.external(SupplierID("netnova")!, "10002")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for round in 0..<50 {
                let keys = [[a, b], [b, a], [c, b, a], [a, c]][round % 4]
                group.addTask {
                    try await locks.withLocks(keys) {
                        await overlap.enter()
                        await Task.yield()
                        await overlap.leave()
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(await overlap.most == 1)
        #expect(await locks.lockedCount == 0)
    }

    @Test("a delivery of a ticket waits while a PATCH holds the ticket's supplier reference, then applies")
    func deliveryWaitsForAPI() async throws {
        let hub = try WebhookTestHub()
        let locks = TicketLocks()
        let processor = makeInboxProcessor(
            configuration: hub.configuration, stores: hub.stores, adapters: hub.adapters, ticketLocks: locks, now: { WebhookTestHub.now },
            logger: Logger(label: "test")
        )
        let netnova = SupplierID("netnova")!
        _ = try await hub.stores.inbox.accept([InboxDelivery(
            supplier: netnova, channel: .webhook, deliveryID: "msg_locked", receivedAt: WebhookTestHub.now,
            contentType: "application/json", headers: [:], body: WebhookTestHub.jiraIssue("10001")
        )])
        let worker = try await locks.withLocks([.external(netnova, "10001")]) {
            let worker = Task { try await processor.processDue(now: WebhookTestHub.now).processed }
            try await Task.sleep(for: .milliseconds(200))
            // Held by the "PATCH": the delivery has not written the ticket.
            #expect(try await hub.stores.tickets.ticket(supplier: netnova, externalID: "10001") == nil)
            return worker
        }
        #expect(try await worker.value == 1)
        #expect(try await hub.stores.tickets.ticket(supplier: netnova, externalID: "10001") != nil)
    }
}
